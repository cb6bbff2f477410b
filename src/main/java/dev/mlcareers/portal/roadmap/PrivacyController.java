package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.system.SharedPage;
import dev.mlcareers.portal.system.VisitorDataErased;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the portal keeps about a visitor and for how long ({@value #PATH}), and "Delete
 * everything": a confirmation page, then a POST that deletes the visitor with all their
 * progress, notes and skills, and clears their cookies. Unlike a roadmap's reset, nothing
 * of theirs is left.
 */
@Controller
class PrivacyController {

	static final String PATH = "/privacy";

	static final String DELETE_PATH = PATH + "/delete";

	private static final String DELETED = "deleted";

	private final ProgressService progress;

	private final ApplicationEventPublisher events;

	private final Breadcrumbs breadcrumbs;

	PrivacyController(ProgressService progress, ApplicationEventPublisher events, Breadcrumbs breadcrumbs) {
		this.progress = progress;
		this.events = events;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping(PATH)
	@SharedPage
	String privacy(@RequestParam(name = DELETED, required = false) String deleted, HttpServletRequest request,
			Model model) {
		boolean confirmed = "yes".equals(deleted);
		if (PageAddress.declareQuery(request, confirmed ? PageAddress.query().add(DELETED, "yes").toString() : null)) {
			model.addAttribute("deleted", confirmed);
			model.addAttribute("cookieDays", VisitorCookie.MAX_AGE.toDays());
			model.addAttribute("pairingMinutes", PairingCodes.VALID_FOR.toMinutes());
			model.addAttribute(StructuredData.MODEL_ATTRIBUTE,
					this.breadcrumbs.structuredData(Breadcrumbs.home(), Breadcrumbs.message("privacy.heading", PATH)));
		}
		return "roadmap/privacy";
	}

	/** Asks first; private, as it has the form. */
	@GetMapping(DELETE_PATH)
	String confirmDelete(@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, Model model) {
		model.addAttribute("hasCookie", VisitorToken.parse(cookie).isPresent());
		return "roadmap/delete";
	}

	@PostMapping(path = DELETE_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String delete(@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response) {
		// No page of theirs stays kept either, on any of their browsers.
		for (String tokenHash : this.progress.erase(VisitorToken.parse(cookie))) {
			this.events.publishEvent(new VisitorDataErased(ProgressVisitorKeys.prefix(tokenHash)));
		}
		VisitorCookie.clear(request, response);
		return "redirect:" + PATH + "?" + DELETED + "=yes";
	}

}
