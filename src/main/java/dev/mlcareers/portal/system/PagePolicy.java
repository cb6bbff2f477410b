package dev.mlcareers.portal.system;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a handler declared of its page, left on the request for the page cache by
 * {@link PagePolicyInterceptor}; a request without one is private and never kept.
 */
enum PagePolicy {

	/** {@link SharedPage}: the same for every visitor. */
	SHARED,

	/**
	 * {@link PersonalPage}: the data of the visitor whose cookies the request carries.
	 */
	PERSONAL;

	static final String ATTRIBUTE = PagePolicy.class.getName();

	/** The methods whose pages a handler declares, and the page cache may keep. */
	static final Set<String> METHODS = Set.of("GET", "HEAD");

	/** The policy declared for the request's page, or {@code null}. */
	static PagePolicy of(HttpServletRequest request) {
		return (PagePolicy) request.getAttribute(ATTRIBUTE);
	}

	/**
	 * Whether the request carries any cookie of a visitor's but the CSRF token's, which
	 * no page shows (a kept page gets each request's own token).
	 */
	static boolean carriesVisitorCookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (!SecurityConfig.CSRF_COOKIE_NAME.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
