package dev.mlcareers.portal.roadmap;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.mlcareers.portal.shared.ContentNotFoundException;
import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.system.DatabaseFaults;
import dev.mlcareers.portal.system.VisitorDataErased;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Linking browsers to one progress ({@link DevicePairing}): "Use on another device" makes
 * a code and shows it with its QR code; {@value #PAIR_PATH} asks the other browser to
 * confirm and links it; any linked browser can unlink any of them. Every page here is
 * private to the browser that asked, and every change is a form with the CSRF token.
 */
@Controller
class DeviceController {

	static final String PAIR_PATH = "/pair";

	static final String CODE_PATH = "/devices/code";

	static final String UNLINK_PATH = "/devices/{id}/unlink";

	/** A browser's number, as the overview's forms give it. */
	private static final Pattern DEVICE_ID = Pattern.compile("[1-9][0-9]{0,17}");

	/** The most of what was typed that a refused form shows again. */
	static final int MAX_ECHO = 40;

	private static final Log logger = LogFactory.getLog(DeviceController.class);

	private final DevicePairing pairing;

	private final FlagshipJourney journey;

	private final PublicAddress address;

	private final ApplicationEventPublisher events;

	DeviceController(DevicePairing pairing, FlagshipJourney journey, PublicAddress address,
			ApplicationEventPublisher events) {
		this.pairing = pairing;
		this.journey = journey;
		this.address = address;
		this.events = events;
	}

	/**
	 * Makes a code and shows it: the answer to the form itself, not a redirect, as the
	 * code is shown once and never stored.
	 */
	@PostMapping(path = CODE_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String newCode(@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		DevicePairing.NewCode code = this.pairing.newCode(VisitorToken.parse(cookie));
		VisitorCookie.write(code.saved(), request, response);
		String link = this.address.of(PAIR_PATH + "?code=" + code.display());
		model.addAttribute("code", code);
		model.addAttribute("pairAddress", this.address.of(PAIR_PATH));
		model.addAttribute("pairLink", link);
		model.addAttribute("qr", QrPicture.of(link));
		model.addAttribute("minutes", PairingCodes.VALID_FOR.toMinutes());
		return "roadmap/pair-code";
	}

	/** Asks the browser to confirm; the code from the QR code's link, if it came so. */
	@GetMapping(PAIR_PATH)
	String confirmPairing(@RequestParam(required = false) String code,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, Model model) {
		addPairing(model, cookie,
				(code != null) ? PairingCodes.parse(code).map(PairingCodes::display).orElse(code) : "", false);
		return "roadmap/pair";
	}

	@PostMapping(path = PAIR_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String pair(@RequestParam(required = false) String code, @RequestParam(required = false) String replace,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String typed = (code != null) ? code : "";
		Optional<String> parsed = PairingCodes.parse(typed);
		if (parsed.isEmpty()) {
			return refused(model, response, cookie, typed, HttpStatus.BAD_REQUEST, "pair.refused.form");
		}
		DevicePairing.Redemption redemption;
		try {
			redemption = this.pairing.redeem(VisitorToken.parse(cookie), parsed.get(), "yes".equals(replace),
					request.getRemoteAddr());
		}
		catch (RuntimeException failure) {
			if (!DatabaseFaults.isUnavailable(failure)) {
				throw failure;
			}
			logger.warn("Database unavailable for a pairing: " + DatabaseFaults.rootCause(failure));
			DatabaseFaults.askToRetryLater(response);
			return refused(model, response, cookie, typed, HttpStatus.SERVICE_UNAVAILABLE, "pair.refused.unavailable");
		}
		if (redemption instanceof DevicePairing.Redemption.Paired paired) {
			VisitorCookie.write(paired.saved(), request, response);
			paired.replacedTokenHash()
				.ifPresent((tokenHash) -> this.events
					.publishEvent(new VisitorDataErased(ProgressVisitorKeys.prefix(tokenHash))));
			return redirectToOverview(Confirmation.PAIRED);
		}
		if (redemption instanceof DevicePairing.Redemption.AlreadyLinked) {
			return redirectToOverview(Confirmation.ALREADY_LINKED);
		}
		if (redemption instanceof DevicePairing.Redemption.TooMany tooMany) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
			model.addAttribute("retryAfter", tooMany.retryAfterSeconds());
			return refused(model, response, cookie, typed, HttpStatus.TOO_MANY_REQUESTS, "pair.refused.too-many");
		}
		DevicePairing.Redemption.Reason reason = ((DevicePairing.Redemption.Refused) redemption).reason();
		if (reason == DevicePairing.Redemption.Reason.OWN_PROGRESS) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			addPairing(model, cookie, typed, true);
			model.addAttribute("refusal", "pair.refused.own-progress");
			model.addAttribute("refusedField", "replace");
			return "roadmap/pair";
		}
		return refused(model, response, cookie, typed, HttpStatus.BAD_REQUEST,
				(reason == DevicePairing.Redemption.Reason.EXPIRED) ? "pair.refused.expired" : "pair.refused.unknown");
	}

	@PostMapping(path = UNLINK_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String unlink(@PathVariable String id, @CookieValue(name = VisitorCookie.NAME, required = false) String cookie,
			HttpServletRequest request, HttpServletResponse response) {
		if (!DEVICE_ID.matcher(id).matches()) {
			throw ContentNotFoundException.forSlug("browser", id);
		}
		Optional<DevicePairing.Unlinked> unlinked = this.pairing.unlink(VisitorToken.parse(cookie), Long.parseLong(id));
		if (unlinked.isEmpty()) {
			// Unlinked already (from another browser, say), or never linked to this
			// progress: nothing changed.
			return redirectToOverview(Confirmation.NOT_LINKED);
		}
		this.events.publishEvent(new VisitorDataErased(ProgressVisitorKeys.prefix(unlinked.get().tokenHash())));
		if (unlinked.get().itself()) {
			VisitorCookie.clear(request, response);
			return redirectToOverview(Confirmation.UNLINKED_ITSELF);
		}
		VisitorCookie.write(unlinked.get().saved(), request, response);
		return redirectToOverview(Confirmation.UNLINKED);
	}

	private String refused(Model model, HttpServletResponse response, String cookie, String typed, HttpStatus status,
			String reason) {
		response.setStatus(status.value());
		addPairing(model, cookie, typed, false);
		model.addAttribute("refusal", reason);
		model.addAttribute("refusedField", "code");
		return "roadmap/pair";
	}

	/**
	 * The pairing form, with what was typed (only printable characters, and no more than
	 * a code could be written in), and the choice to replace this browser's own progress
	 * where it has some.
	 */
	private void addPairing(Model model, String cookie, String code, boolean knownToShowProgress) {
		model.addAttribute("code", echo(code));
		model.addAttribute("hasOwnProgress", knownToShowProgress || showsProgress(cookie));
		model.addAttribute("minutes", PairingCodes.VALID_FOR.toMinutes());
	}

	/**
	 * Whether the browser shows progress of its own; while the database cannot say, it is
	 * taken to, if it has a visitor's cookie, so that the page offers the choice.
	 */
	private boolean showsProgress(String cookie) {
		Optional<VisitorToken> token = VisitorToken.parse(cookie);
		try {
			return this.pairing.showsProgress(token);
		}
		catch (RuntimeException failure) {
			if (!DatabaseFaults.isUnavailable(failure)) {
				throw failure;
			}
			return token.isPresent();
		}
	}

	/** What was typed, as the form shows it again. */
	static String echo(String typed) {
		String printable = typed.codePoints()
			.filter((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (printable.codePointCount(0, printable.length()) > MAX_ECHO)
				? printable.substring(0, printable.offsetByCodePoints(0, MAX_ECHO)) : printable;
	}

	private String redirectToOverview(Confirmation confirmation) {
		return "redirect:" + this.journey.flagship().roadmapPath() + "?saved=" + confirmation.code();
	}

}
