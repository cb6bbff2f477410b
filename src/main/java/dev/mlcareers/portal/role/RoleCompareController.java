package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.system.SharedPage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Roles side by side at {@value RoleComparisonService#PATH}: two or three roles, each
 * once, in the catalogue's order, with pay on a basis of the salary comparison's; one
 * address per comparison. Fewer than two roles: the page asks for another.
 */
@Controller
class RoleCompareController {

	private final RoleComparisonService comparisons;

	RoleCompareController(RoleComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping(RoleComparisonService.PATH)
	@SharedPage
	String compare(@RequestParam(name = RoleComparisonService.PARAMETER, required = false) List<String> roles,
			@RequestParam(name = "basis", required = false) List<String> basis, HttpServletRequest request,
			Model model) {
		// The basis is checked (and kept in the address) whatever the number of roles, so
		// that a form sent with one role keeps it.
		RoleComparisonService.Asked asked = this.comparisons.parse(roles, basis);
		if (PageAddress.declareQuery(request, asked.canonicalQuery())) {
			model.addAttribute("chosen", asked.roles());
			model.addAttribute("choices", this.comparisons.choices());
			model.addAttribute("comparison", (asked.roles().size() >= 2) ? this.comparisons.compare(asked) : null);
			model.addAttribute("basis", asked.basis());
			model.addAttribute("bases", this.comparisons.bases());
		}
		return "role/compare";
	}

}
