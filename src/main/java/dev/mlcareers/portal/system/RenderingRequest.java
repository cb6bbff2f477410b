package dev.mlcareers.portal.system;

import java.util.Enumeration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.WebUtils;

/**
 * A request on its way to be rendered, watched for what decides whether its page may be
 * kept: whether anything read its cookies, and which CSRF token, if any, the page was
 * given. Spring Security's own reading of its token cookie happens on the request it was
 * handed, outside this one, and is not counted.
 */
final class RenderingRequest extends HttpServletRequestWrapper {

	/** Where Spring Security also leaves the token, for templates. */
	private static final String CSRF_ATTRIBUTE = "_csrf";

	private boolean cookiesRead;

	private String csrfTokenGiven;

	private boolean csrfTokenConflict;

	/**
	 * The request as {@link PagePolicyFilter} watches it, or, where it does not (a test
	 * of one filter alone), the request newly watched.
	 */
	static RenderingRequest of(HttpServletRequest request) {
		RenderingRequest watched = WebUtils.getNativeRequest(request, RenderingRequest.class);
		return (watched != null) ? watched : new RenderingRequest(request);
	}

	RenderingRequest(HttpServletRequest request) {
		super(request);
		Object token = request.getAttribute(CsrfToken.class.getName());
		if (token instanceof CsrfToken csrf) {
			WatchedCsrfToken watched = new WatchedCsrfToken(csrf);
			request.setAttribute(CsrfToken.class.getName(), watched);
			if (request.getAttribute(CSRF_ATTRIBUTE) == token) {
				request.setAttribute(CSRF_ATTRIBUTE, watched);
			}
		}
	}

	@Override
	public Cookie[] getCookies() {
		this.cookiesRead = true;
		return super.getCookies();
	}

	@Override
	public String getHeader(String name) {
		watchHeader(name);
		return super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		watchHeader(name);
		return super.getHeaders(name);
	}

	/** Whether anything read the request's cookies while it was handled. */
	boolean cookiesRead() {
		return this.cookiesRead;
	}

	/**
	 * Whether the request carries a visitor's cookies; asking does not count as reading.
	 */
	boolean carriesVisitorCookies() {
		return PagePolicy.carriesVisitorCookies((HttpServletRequest) getRequest());
	}

	/** The CSRF token the page was given, or {@code null} if it asked for none. */
	String csrfTokenGiven() {
		return this.csrfTokenGiven;
	}

	/**
	 * Whether the rendering is a personal page ({@link PersonalPage}) that shows nobody's
	 * data and holds no form: rendered for a request without a visitor's cookies, and
	 * given no CSRF token. It is then the same for every request without a visitor's
	 * cookies, and may be stored as a shared page is, varying by cookie.
	 */
	boolean nobodysPersonalPage() {
		return PagePolicy.of(this) == PagePolicy.PERSONAL && !carriesVisitorCookies() && this.csrfTokenGiven == null;
	}

	/** Whether the page was given more than one token, and so cannot be cut at one. */
	boolean csrfTokenConflict() {
		return this.csrfTokenConflict;
	}

	private void watchHeader(String name) {
		if (HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
			this.cookiesRead = true;
		}
	}

	private void given(String token) {
		if (this.csrfTokenGiven != null && !this.csrfTokenGiven.equals(token)) {
			this.csrfTokenConflict = true;
		}
		this.csrfTokenGiven = token;
	}

	/** The request's CSRF token, telling this request when its value is taken. */
	private final class WatchedCsrfToken implements CsrfToken {

		private final CsrfToken token;

		WatchedCsrfToken(CsrfToken token) {
			this.token = token;
		}

		@Override
		public String getHeaderName() {
			return this.token.getHeaderName();
		}

		@Override
		public String getParameterName() {
			return this.token.getParameterName();
		}

		@Override
		public String getToken() {
			String value = this.token.getToken();
			given(value);
			return value;
		}

	}

}
