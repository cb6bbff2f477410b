package dev.mlcareers.portal.roadmap;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that carries a visitor's token. Scripts cannot read it, other sites' forms
 * do not send it, it goes only over HTTPS when the page came over HTTPS, and it lasts as
 * long as browsers allow (400 days), renewed on every save.
 */
public final class VisitorCookie {

	public static final String NAME = "mlc_visitor";

	static final Duration MAX_AGE = Duration.ofDays(400);

	private VisitorCookie() {
	}

	static void write(VisitorToken token, HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(NAME, token.value())
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(MAX_AGE)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
