package dev.mlcareers.portal.system;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mlcareers.portal.roadmap.VisitorCookie;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages and API responses from memory once they have been rendered: the content
 * changes only with a deployment, so one rendering per address serves every visitor. What
 * depends on the visitor is left out: a roadmap page for a visitor with saved progress is
 * rendered every time, and a page with a form gets each request's own CSRF token (see
 * {@link CachedPage}). Anything but a 200 HTML or JSON response passes through untouched.
 * Runs inside Spring Security's filters, so every response keeps its security headers.
 * <p>
 * Stored pages carry a strong ETag (304 for a matching {@code If-None-Match}) and a gzip
 * copy made once, served to clients that accept it.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Addresses longer than this (odd query strings) are not kept. */
	static final int MAX_KEY_LENGTH = 1024;

	/** Pages without their own policy may be stored, but are checked again by ETag. */
	static final String PAGE_CACHE_CONTROL = CacheControl.noCache().cachePublic().getHeaderValue();

	private static final List<String> NOT_CACHED = List.of("/actuator", "/assets/", "/swagger-ui", "/v3/api-docs",
			"/error");

	private static final Set<String> METHODS = Set.of("GET", "HEAD");

	private final Cache<String, CachedPage> pages;

	PageCacheFilter(long maxBytes) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, CachedPage page) -> key.length() + page.weight())
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = this.pages.getIfPresent(key);
		if (page != null && accepts(request, page.contentType())) {
			serve(page, request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (!storable(rendering)) {
			rendering.copyBodyToResponse();
			return;
		}
		page = CachedPage.of(rendering.getContentAsByteArray(), rendering.getContentType(),
				rendering.getHeader(HttpHeaders.CACHE_CONTROL));
		this.pages.put(key, page);
		serve(page, request, response);
	}

	/** The address a response is kept under, or {@code null} if it is not to be kept. */
	static String key(HttpServletRequest request) {
		if (!METHODS.contains(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI();
		if (NOT_CACHED.stream().anyMatch(path::startsWith) || path.endsWith(".json") || path.endsWith(".csv")) {
			return null;
		}
		if (path.startsWith("/roadmaps/") && hasVisitorCookie(request)) {
			return null;
		}
		String query = request.getQueryString();
		String key = (query != null) ? path + "?" + query : path;
		return (key.length() <= MAX_KEY_LENGTH) ? key : null;
	}

	private static boolean hasVisitorCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (VisitorCookie.NAME.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean storable(ContentCachingResponseWrapper rendering) {
		String type = rendering.getContentType();
		return rendering.getStatus() == HttpServletResponse.SC_OK && type != null
				&& (type.startsWith(MediaType.TEXT_HTML_VALUE) || type.startsWith(MediaType.APPLICATION_JSON_VALUE))
				&& rendering.getHeader(HttpHeaders.CONTENT_DISPOSITION) == null
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE)
					.stream()
					.allMatch((cookie) -> cookie.startsWith("XSRF-TOKEN="))
				&& rendering.getContentSize() > 0;
	}

	/**
	 * Whether the request's {@code Accept} allows the page's type; if not, the request
	 * goes on to be refused as usual.
	 */
	static boolean accepts(HttpServletRequest request, String contentType) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.contains("*/*")) {
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

	private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean head = "HEAD".equals(request.getMethod());
		response.setContentType(page.contentType());
		if (page.personal()) {
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			String token = csrf.getToken();
			response.setContentLength(page.length(token));
			if (!head) {
				page.writeTo(response.getOutputStream(), token);
			}
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				(page.cacheControl() != null) ? page.cacheControl() : PAGE_CACHE_CONTROL);
		boolean gzip = page.gzip() != null && acceptsGzip(request);
		if (page.gzip() != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzip().length);
			if (!head) {
				response.getOutputStream().write(page.gzip());
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
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.trim();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals("*") || candidate.equals(page.etag())
					|| (page.gzip() != null && candidate.equals(page.gzipEtag()))) {
				return true;
			}
		}
		return false;
	}

}
