package dev.mlcareers.portal.role;

import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.roadmap.ProgressService;
import dev.mlcareers.portal.roadmap.SkillHoldings;
import dev.mlcareers.portal.roadmap.SkillMarks;
import dev.mlcareers.portal.roadmap.VisitorCookie;
import dev.mlcareers.portal.roadmap.VisitorToken;
import dev.mlcareers.portal.system.PersonalPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Roles side by side at {@value RoleComparisonService#PATH}: two or three roles, each
 * once, in the catalogue's order, with pay on a basis of the salary comparison's; one
 * address per comparison. Fewer than two roles: the page asks for another. For a visitor
 * who saved skills or marked steps done, the skills say which they have.
 */
@Controller
class RoleCompareController {

	private final RoleComparisonService comparisons;

	private final ProgressService progress;

	RoleCompareController(RoleComparisonService comparisons, ProgressService progress) {
		this.comparisons = comparisons;
		this.progress = progress;
	}

	@GetMapping(RoleComparisonService.PATH)
	@PersonalPage
	String compare(@RequestParam(name = RoleComparisonService.PARAMETER, required = false) List<String> roles,
			@RequestParam(name = "basis", required = false) List<String> basis,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		// The basis is checked (and kept in the address) whatever the number of roles, so
		// that a form sent with one role keeps it.
		RoleComparisonService.Asked asked = this.comparisons.parse(roles, basis);
		if (PageAddress.declareQuery(request, asked.canonicalQuery())) {
			model.addAttribute("chosen", asked.roles());
			model.addAttribute("choices", this.comparisons.choices());
			RoleComparisonService.RoleComparison comparison = (asked.roles().size() >= 2)
					? this.comparisons.compare(asked) : null;
			model.addAttribute("comparison", comparison);
			model.addAttribute("basis", asked.basis());
			model.addAttribute("bases", this.comparisons.bases());
			// Only the skills the documents tie to the roles compared are marked.
			SkillMarks.addTo(model, (comparison == null || comparison.skills().byRole().isEmpty())
					? Optional.of(SkillHoldings.none()) : this.progress.skillsIfReadable(VisitorToken.parse(cookie)),
					response);
		}
		return "role/compare";
	}

}
