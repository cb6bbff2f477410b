package dev.mlcareers.portal.skill;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mlcareers.portal.roadmap.ProgressService;
import dev.mlcareers.portal.roadmap.SaveReceipt;
import dev.mlcareers.portal.roadmap.SkillHoldings;
import dev.mlcareers.portal.roadmap.VisitorCookie;
import dev.mlcareers.portal.roadmap.VisitorToken;
import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.DatabaseFaults;
import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.system.PersonalPage;
import dev.mlcareers.portal.system.SharedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The skills check at {@value SkillCheckService#PATH}. A check with skills in its address
 * ({@code ?have=python&have=sql}) shows exactly those, whoever opens it, so it can be
 * shared or bookmarked: it reads no cookie and holds no form that posts, so it is shared
 * like any other page, at one address per combination of skills. Without skills in the
 * address it is the visitor's own: the skills they saved and those the roadmap steps they
 * marked done teach. "Remember these skills" asks first ({@value #REMEMBER_PATH}), since
 * it replaces the skills saved before, and then keeps the ticked skills with the
 * visitor's progress.
 */
@Controller
class SkillCheckController {

	private static final Log logger = LogFactory.getLog(SkillCheckController.class);

	/** Where a visitor confirms that a check's skills are theirs. */
	static final String REMEMBER_PATH = SkillCheckService.PATH + "/remember";

	/** The confirmation the visitor's own check shows after a save. */
	private static final String REMEMBERED = "remembered";

	private final SkillCheckService checks;

	private final ProgressService progress;

	private final Breadcrumbs breadcrumbs;

	SkillCheckController(SkillCheckService checks, ProgressService progress, Breadcrumbs breadcrumbs) {
		this.checks = checks;
		this.progress = progress;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping(path = SkillCheckService.PATH, params = SkillCheckService.PARAMETER)
	@SharedPage
	String link(@RequestParam(name = SkillCheckService.PARAMETER) List<String> have, HttpServletRequest request,
			Model model) {
		Set<String> skills = this.checks.parse(have);
		String canonical = this.checks.canonicalQuery(skills);
		if (PageAddress.declareQuery(request, canonical)) {
			addCheck(model, new SkillHoldings(skills, Map.of()), skills, Set.of(), false);
			model.addAttribute("remember", REMEMBER_PATH + "?" + canonical);
			model.addAttribute(StructuredData.MODEL_ATTRIBUTE, breadcrumbs());
		}
		return "skill/check";
	}

	/**
	 * Asks the visitor to confirm that the skills named are theirs, with the form that
	 * saves them. Not shared: the form carries the request's CSRF token.
	 */
	@GetMapping(REMEMBER_PATH)
	String confirm(@RequestParam(name = SkillCheckService.PARAMETER, required = false) List<String> have, Model model) {
		Set<String> skills = this.checks.parse(have);
		if (skills.isEmpty()) {
			return "redirect:" + SkillCheckService.PATH;
		}
		addConfirmation(model, skills);
		return "skill/remember";
	}

	@GetMapping(SkillCheckService.PATH)
	@PersonalPage
	String yours(@RequestParam(name = REMEMBERED, required = false) String remembered,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			Model model) {
		boolean confirmed = "yes".equals(remembered);
		if (PageAddress.declareQuery(request,
				confirmed ? PageAddress.query().add(REMEMBERED, "yes").toString() : null)) {
			SkillHoldings holdings = this.progress.skills(VisitorToken.parse(cookie));
			Set<String> learnedOnly = holdings.learned()
				.keySet()
				.stream()
				.filter((slug) -> !holdings.said().contains(slug))
				.collect(Collectors.toSet());
			addCheck(model, holdings, holdings.said(), learnedOnly, true);
			model.addAttribute("remembered", confirmed);
			model.addAttribute(StructuredData.MODEL_ATTRIBUTE, breadcrumbs());
		}
		return "skill/check";
	}

	/** The check's trail: home, the skills, the check. */
	private String breadcrumbs() {
		return this.breadcrumbs.structuredData(Breadcrumbs.home(), Breadcrumbs.message("skills.heading", "/skills"),
				Breadcrumbs.message("check.heading", SkillCheckService.PATH));
	}

	@PostMapping(path = SkillCheckService.PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String remember(@RequestParam(name = SkillCheckService.PARAMETER, required = false) List<String> have,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Set<String> skills = this.checks.parse(have);
		Optional<SaveReceipt> token;
		try {
			token = this.progress.saveSkills(VisitorToken.parse(cookie), skills);
		}
		catch (RuntimeException failure) {
			if (skills.isEmpty() || !DatabaseFaults.isUnavailable(failure)) {
				throw failure;
			}
			// The confirmation again, with the skills still in its form: one press to
			// try again.
			logger.warn("Database unavailable for a skills save: " + DatabaseFaults.rootCause(failure));
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			DatabaseFaults.askToRetryLater(response);
			addConfirmation(model, skills);
			model.addAttribute("notSaved", true);
			return "skill/remember";
		}
		token.ifPresent((saved) -> VisitorCookie.write(saved, request, response));
		return "redirect:" + SkillCheckService.PATH + "?" + REMEMBERED + "=yes";
	}

	private void addConfirmation(Model model, Set<String> skills) {
		model.addAttribute("skills", this.checks.named(skills));
		model.addAttribute("link", SkillCheckService.PATH + "?" + this.checks.canonicalQuery(skills));
		model.addAttribute("parameter", SkillCheckService.PARAMETER);
	}

	private void addCheck(Model model, SkillHoldings holdings, Set<String> ticked, Set<String> learnedOnly,
			boolean own) {
		model.addAttribute("groups", this.checks.form());
		model.addAttribute("ticked", ticked);
		model.addAttribute("learnedOnly", learnedOnly);
		model.addAttribute("own", own);
		SkillCheckService.SkillCheckResult result = holdings.isEmpty() ? null : this.checks.check(holdings);
		model.addAttribute("result", result);
		model.addAttribute("otherRoles",
				(result != null) ? this.checks.outlines(result.rolesWithoutSkills()) : List.of());
		model.addAttribute("parameter", SkillCheckService.PARAMETER);
	}

}
