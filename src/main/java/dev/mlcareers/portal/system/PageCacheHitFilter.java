package dev.mlcareers.portal.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Serves a page that {@link PageCacheFilter} keeps before the request reaches Spring
 * Security's filters, which cost several times what copying the page out does. Such a
 * request is always a GET or HEAD of a canonical address, spelt exactly as one that once
 * went through those filters (so Spring Security's firewall let it in), served only what
 * {@link PageCache} finds for it and its visitor, and every page is open to everyone;
 * what the filters would add to the response is added here with the same beans: the
 * security headers and, on a page with a form, the CSRF token (from its cookie, or a new
 * one with its cookie). Every other request goes on to the filters.
 */
class PageCacheHitFilter extends OncePerRequestFilter {

	private final PageCache pages;

	private final HeaderWriter securityHeaders;

	private final CsrfTokenRepository csrfTokens;

	private final CsrfTokenRequestHandler csrfTokenHandler;

	PageCacheHitFilter(PageCache pages, HeaderWriter securityHeaders, CsrfTokenRepository csrfTokens,
			CsrfTokenRequestHandler csrfTokenHandler) {
		this.pages = pages;
		this.securityHeaders = securityHeaders;
		this.csrfTokens = csrfTokens;
		this.csrfTokenHandler = csrfTokenHandler;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CachedPage page = PagePolicy.METHODS.contains(request.getMethod()) ? this.pages.find(request) : null;
		if (page == null || !PageCacheFilter.accepts(request, page.contentType())) {
			chain.doFilter(request, response);
			return;
		}
		// Metrics name the request by the pattern that rendered the page, as if it had.
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((observation) -> observation.setPathPattern(page.pathPattern()));
		if (page.hasFormToken()) {
			// As Spring Security's CsrfFilter does for a request it does not check.
			DeferredCsrfToken token = this.csrfTokens.loadDeferredToken(request, response);
			request.setAttribute(DeferredCsrfToken.class.getName(), token);
			this.csrfTokenHandler.handle(request, response, token::get);
		}
		PageCacheFilter.serve(page, request, response, this.securityHeaders);
	}

}
