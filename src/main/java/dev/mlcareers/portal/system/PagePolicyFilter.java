package dev.mlcareers.portal.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a page declared shared ({@link SharedPage}) to what it declared, whether or not
 * the page cache is on: watches what the handler and its view read of the request
 * ({@link RenderingRequest}), and if they read the cookies after all, marks the response,
 * just before it is committed, to vary by cookie and, if the request carried a visitor's
 * cookies, not to be stored by any cache, whatever the handler said. The page cache reads
 * the same watch to decide what it keeps.
 */
class PagePolicyFilter extends OncePerRequestFilter {

	/** What a response rendered from a visitor's cookies says to every cache. */
	static final String NOT_STORED = CacheControl.noStore().cachePrivate().getHeaderValue();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!PagePolicy.METHODS.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		RenderingRequest rendering = new RenderingRequest(request);
		GuardedResponse guarded = new GuardedResponse(rendering, response);
		chain.doFilter(rendering, guarded);
		guarded.guard();
	}

	/** The response, its headers checked once more just before they go out. */
	private static final class GuardedResponse extends OnCommittedResponseWrapper {

		private final RenderingRequest request;

		GuardedResponse(RenderingRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		protected void onResponseCommitted() {
			guard();
		}

		void guard() {
			if (isDisableOnResponseCommitted() || isCommitted()) {
				return;
			}
			disableOnResponseCommitted();
			if (PagePolicy.of(this.request) != PagePolicy.SHARED || !this.request.cookiesRead()) {
				return;
			}
			if (this.request.carriesVisitorCookies()) {
				setHeader(HttpHeaders.CACHE_CONTROL, NOT_STORED);
			}
			if (getHeaders(HttpHeaders.VARY).stream()
				.noneMatch((vary) -> vary.toLowerCase(Locale.ROOT).contains("cookie"))) {
				addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
			}
		}

	}

}
