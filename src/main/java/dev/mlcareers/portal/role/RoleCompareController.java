package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleRef;
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
		List<RoleRef> chosen = this.comparisons.parse(roles);
		List<String> givenBasis = (basis == null) ? List.of()
				: basis.stream().filter((value) -> !value.isEmpty()).distinct().toList();
		List<String> asked = givenBasis.isEmpty() ? null : givenBasis;
		// Checked (and kept in the address) whatever the number of roles, so that a form
		// sent with one role keeps its basis.
		String basisCode = this.comparisons.basis(asked);
		RoleComparisonService.RoleComparison comparison = (chosen.size() >= 2) ? this.comparisons.compare(chosen, asked)
				: null;
		PageAddress.Query query = PageAddress.query();
		chosen.forEach((role) -> query.add(RoleComparisonService.PARAMETER, role.slug()));
		if (!basisCode.equals("local")) {
			query.add("basis", basisCode);
		}
		if (PageAddress.declareQuery(request, query.toString())) {
			model.addAttribute("chosen", chosen);
			model.addAttribute("choices", this.comparisons.choices());
			model.addAttribute("comparison", comparison);
			model.addAttribute("basis", basisCode);
			model.addAttribute("bases", this.comparisons.bases());
		}
		return "role/compare";
	}

}
