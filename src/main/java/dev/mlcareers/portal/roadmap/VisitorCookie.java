package dev.mlcareers.portal.roadmap;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that carries a visitor's token. Scripts cannot read it, other sites' forms
 * do not send it, it goes only over HTTPS when the page came over HTTPS, and it lasts as
 * long as browsers allow (400 days), renewed on every save.
 * <p>
 * Every save (and a reset) also sets {@value #SAVED_NAME} to a new random tag: pages
 * rendered with the visitor's progress are kept in memory under it, so the next save,
 * made through whichever instance, leads every instance to render them afresh. A save
 * through another browser linked to the same progress changes no cookie of this one: so
 * the tag of a browser whose progress may show on another ends in {@value #LINKED}, and
 * its pages are kept under the version of the data that the database gives as well
 * ({@link ProgressVisitorKeys}).
 */
public final class VisitorCookie {

	public static final String NAME = "mlc_visitor";

	public static final String SAVED_NAME = "mlc_saved";

	static final Duration MAX_AGE = Duration.ofDays(400);

	/** The end of the tag of a browser whose progress may show on another browser. */
	static final String LINKED = ".linked";

	private static final SecureRandom RANDOM = new SecureRandom();

	private VisitorCookie() {
	}

	/** Sets both cookies after a save. */
	public static void write(SaveReceipt saved, HttpServletRequest request, HttpServletResponse response) {
		add(NAME, saved.token().value(), MAX_AGE, request, response);
		writeSaved(saved.linked(), request, response);
	}

	/** Tells the browser to forget both cookies. */
	static void clear(HttpServletRequest request, HttpServletResponse response) {
		add(NAME, "", Duration.ZERO, request, response);
		add(SAVED_NAME, "", Duration.ZERO, request, response);
	}

	/** A new tag for the visitor's latest save. */
	private static void writeSaved(boolean linked, HttpServletRequest request, HttpServletResponse response) {
		byte[] tag = new byte[12];
		RANDOM.nextBytes(tag);
		add(SAVED_NAME, Base64.getUrlEncoder().withoutPadding().encodeToString(tag) + (linked ? LINKED : ""), MAX_AGE,
				request, response);
	}

	/** Sets the cookie, or with no lifetime tells the browser to forget it. */
	private static void add(String name, String value, Duration maxAge, HttpServletRequest request,
			HttpServletResponse response) {
		// Sent only to the portal, not to other applications on the same host.
		String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.path(path)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		if (!path.equals("/")) {
			// A cookie of the same name that an earlier version set for the whole host.
			response.addHeader(HttpHeaders.SET_COOKIE,
					ResponseCookie.from(name, "")
						.path("/")
						.maxAge(0)
						.httpOnly(true)
						.sameSite("Lax")
						.build()
						.toString());
		}
	}

}
