package dev.mlcareers.portal.system;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps rendered pages and API responses in memory and serves them from there, but only
 * what their handlers declare may be kept ({@link SharedPage}, {@link PersonalPage}), and
 * only under the page's canonical address ({@link PageAddress}). Everything else passes
 * through untouched and is never kept: a handler that declares nothing is private.
 * <p>
 * A shared page is kept for everyone while its {@code Cache-Control} still says
 * {@code public}, and then only if its handler read no cookie, or read the cookies of a
 * request that carried no visitor's cookies (the page is then served only to requests
 * that carry none either). A page whose handler read the cookies of a request that
 * carried a visitor's is never kept for anyone else, whatever the handler declared. A
 * personal page is kept for its visitor alone, under the key of their data
 * ({@link VisitorKeys}), or, rendered for a request without a visitor's cookies, for
 * requests without them. A page with a form is cut at its request's own CSRF token
 * ({@link CachedPage}).
 * <p>
 * Runs inside Spring Security's filters and {@link PagePolicyFilter}, so a page is kept
 * with what they did to the request, and reads that filter's watch of it;
 * {@link PageCacheHitFilter} serves what is kept ahead of them. Pages kept for everyone
 * without a form carry a strong ETag (304 for a matching {@code If-None-Match}) and a
 * gzip copy made once, served to clients that accept it. A rendering that is not kept is
 * served the same way, but neither cut at its form's token nor compressed for a client
 * that does not accept it.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Spring Security's own filters write its headers around this one. */
	private static final HeaderWriter HEADERS_WRITTEN_AROUND = (request, response) -> {
	};

	/** Where pages are kept; {@code null} where the page cache is switched off. */
	private final PageCache pages;

	PageCacheFilter(PageCache pages) {
		this.pages = pages;
	}

	/**
	 * The filter with the page cache switched off: it keeps and finds nothing, but serves
	 * what handlers declare shareable as a kept page would be (a strong ETag, 304 for a
	 * matching {@code If-None-Match}, the gzip copy), so those answers are the same with
	 * the cache on and off.
	 */
	static PageCacheFilter keepingNothing() {
		return new PageCacheFilter(null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!PagePolicy.METHODS.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		RenderingRequest rendering = RenderingRequest.of(request);
		// What the cache reads of the request to find or keep a page is not the page's
		// reading.
		HttpServletRequest unwatched = (HttpServletRequest) rendering.getRequest();
		CachedPage page = (this.pages != null) ? this.pages.find(unwatched) : null;
		if (page != null && accepts(unwatched, page.contentType())) {
			serve(page, unwatched, response, HEADERS_WRITTEN_AROUND);
			return;
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(rendering, rendered);
		CachedPage.Scope scope = declaredScope(rendering, rendered);
		// Kept only if asked for at its canonical address (at another, an API answer
		// with extra parameters, say: pages redirect, it is served as a kept page would
		// be, ETag and all), and only the second time (PageCache).
		boolean keep = scope != null && this.pages != null
				&& PageAddress.requested(unwatched).equals(PageAddress.canonical(unwatched))
				&& this.pages.admits(unwatched, scope);
		page = (scope != null) ? page(rendering, rendered, scope, keep) : null;
		if (page == null) {
			// Marked not to be stored on its way out if it was rendered from a visitor's
			// cookies (PagePolicyFilter).
			rendered.copyBodyToResponse();
			return;
		}
		if (keep) {
			this.pages.put(unwatched, page);
		}
		serve(page, unwatched, response, HEADERS_WRITTEN_AROUND);
	}

	/**
	 * Who the rendering may be served to, as a page that may be kept, or {@code null} if
	 * it may not be kept.
	 */
	static CachedPage.Scope declaredScope(RenderingRequest request, ContentCachingResponseWrapper rendered) {
		String type = rendered.getContentType();
		if (rendered.getStatus() != HttpServletResponse.SC_OK || type == null
				|| !(type.startsWith(MediaType.TEXT_HTML_VALUE) || type.startsWith(MediaType.APPLICATION_JSON_VALUE)
						|| type.startsWith(MediaType.APPLICATION_ATOM_XML_VALUE))
				|| rendered.getHeader(HttpHeaders.CONTENT_DISPOSITION) != null || rendered.getContentSize() == 0
				|| !rendered.getHeaders(HttpHeaders.SET_COOKIE)
					.stream()
					.allMatch((cookie) -> cookie.startsWith(SecurityConfig.CSRF_COOKIE_NAME + "="))
				|| PageAddress.canonical(request) == null || request.csrfTokenConflict()) {
			return null;
		}
		return scope(request, rendered);
	}

	/**
	 * The rendering as a page: made to be kept ({@link CachedPage#of}), or to be served
	 * this once ({@link CachedPage#servedOnce}); {@code null} if it can be neither.
	 */
	static CachedPage page(RenderingRequest request, ContentCachingResponseWrapper rendered, CachedPage.Scope scope,
			boolean keep) {
		String vary = vary(rendered);
		if (scope == CachedPage.Scope.WITHOUT_VISITOR_COOKIES && (vary == null || !vary.contains(HttpHeaders.COOKIE))) {
			// Shown only to requests without a visitor's cookies, so caches after
			// this one must tell them apart too.
			vary = (vary != null) ? vary + ", " + HttpHeaders.COOKIE : HttpHeaders.COOKIE;
		}
		String cacheControl = rendered.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl == null && request.nobodysPersonalPage()) {
			// Rendered in full before anything was sent, so it is known to hold no form
			// token: it shows nobody's data, as a shared page does.
			cacheControl = PagePolicyInterceptor.PUBLIC;
		}
		String type = rendered.getContentType();
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		byte[] body = rendered.getContentAsByteArray();
		return keep
				? CachedPage.of(body, type, contentLanguage(rendered), cacheControl, vary, pattern, scope,
						request.csrfTokenGiven())
				: CachedPage.servedOnce(body, type, contentLanguage(rendered), cacheControl, vary, pattern, scope,
						request.csrfTokenGiven());
	}

	/**
	 * Who the rendering may be served to, by what its handler declared and what it read;
	 * {@code null} for no one else.
	 */
	private static CachedPage.Scope scope(RenderingRequest request, HttpServletResponse rendered) {
		PagePolicy policy = PagePolicy.of(request);
		if (policy == null) {
			return null;
		}
		boolean visitorCookies = request.carriesVisitorCookies();
		Set<String> directives = directives(rendered);
		if (policy == PagePolicy.PERSONAL) {
			if (directives.contains("no-store")) {
				// Its handler said it is not to be kept: rendered without part of what
				// it shows (IncompletePage).
				return null;
			}
			return visitorCookies ? CachedPage.Scope.ONE_VISITOR : CachedPage.Scope.WITHOUT_VISITOR_COOKIES;
		}
		if (!directives.contains("public") || directives.contains("private") || directives.contains("no-store")) {
			return null;
		}
		if (!request.cookiesRead()) {
			return CachedPage.Scope.EVERYONE;
		}
		return visitorCookies ? null : CachedPage.Scope.WITHOUT_VISITOR_COOKIES;
	}

	private static Set<String> directives(HttpServletResponse rendered) {
		String header = String.join(",", rendered.getHeaders(HttpHeaders.CACHE_CONTROL));
		Set<String> directives = new HashSet<>();
		for (String directive : StringUtils.tokenizeToStringArray(header, ",")) {
			int value = directive.indexOf('=');
			directives.add(((value < 0) ? directive : directive.substring(0, value)).trim().toLowerCase(Locale.ROOT));
		}
		return directives;
	}

	private static String vary(HttpServletResponse rendered) {
		String vary = String.join(", ", rendered.getHeaders(HttpHeaders.VARY));
		return vary.isEmpty() ? null : vary;
	}

	/**
	 * The language a page was rendered in: a view sets the response's locale, and the
	 * server sends it as {@code Content-Language}, a header the servlet API does not read
	 * back. JSON is written without a view, and so without a language.
	 */
	private static String contentLanguage(HttpServletResponse rendered) {
		return rendered.getContentType().startsWith(MediaType.TEXT_HTML_VALUE) ? rendered.getLocale().toLanguageTag()
				: null;
	}

	/**
	 * Whether a kept page answers the request's {@code Accept}. A page is rendered as
	 * HTML whatever the request accepts, so a kept one is served to every request; an API
	 * response only where its type is accepted (else the request goes on to be refused as
	 * usual, without a rendering).
	 */
	static boolean accepts(HttpServletRequest request, String contentType) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.contains("*/*") || contentType.startsWith(MediaType.TEXT_HTML_VALUE)) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.parseMediaTypes(accept).stream().anyMatch((accepted) -> accepted.includes(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * Writes the kept page as the response, with its own request's CSRF token where it
	 * has a form; {@code headers} writes Spring Security's headers once the page's own
	 * are set, before any of the body.
	 */
	static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, HeaderWriter headers)
			throws IOException {
		boolean head = "HEAD".equals(request.getMethod());
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (!page.storableDownstream()) {
			// Spring Security marks the response not to be stored, as when it is
			// rendered.
			String token = page.hasFormToken()
					? ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken() : "";
			if (page.vary() != null) {
				response.setHeader(HttpHeaders.VARY, page.vary());
			}
			headers.writeHeaders(request, response);
			response.setContentLength(page.length(token));
			if (!head) {
				page.writeTo(response.getOutputStream(), token);
			}
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		boolean gzip = page.compressible() && acceptsGzip(request);
		String vary = page.compressible() ? HttpHeaders.ACCEPT_ENCODING : null;
		if (page.vary() != null) {
			vary = (vary != null) ? page.vary() + ", " + vary : page.vary();
		}
		if (vary != null) {
			response.setHeader(HttpHeaders.VARY, vary);
		}
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		// One list, however many field lines carry it (RFC 9110, 5.3).
		if (matches(String.join(",", Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))), page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			headers.writeHeaders(request, response);
			return;
		}
		headers.writeHeaders(request, response);
		if (gzip) {
			byte[] compressed = page.gzipped();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(compressed.length);
			if (!head) {
				response.getOutputStream().write(compressed);
			}
			return;
		}
		response.setContentLength(page.length(""));
		if (!head) {
			page.writeTo(response.getOutputStream(), "");
		}
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		String encodings = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (encodings == null) {
			return false;
		}
		for (String encoding : encodings.split(",")) {
			String[] parts = encoding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase("gzip")) {
				return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	/**
	 * Whether {@code If-None-Match} names either representation of the page (weakly
	 * compared).
	 */
	static boolean matches(String ifNoneMatch, CachedPage page) {
		if (ifNoneMatch == null || ifNoneMatch.isEmpty()) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.trim();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals("*") || candidate.equals(page.etag())
					|| (page.compressible() && candidate.equals(page.gzipEtag()))) {
				return true;
			}
		}
		return false;
	}

}
