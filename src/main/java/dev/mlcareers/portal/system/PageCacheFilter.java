package dev.mlcareers.portal.system;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.mlcareers.portal.roadmap.VisitorCookie;
import dev.mlcareers.portal.roadmap.VisitorToken;
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
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Keeps pages and API responses in memory once they have been rendered, and serves them
 * from there: the content changes only with a deployment, so one rendering per address
 * serves every visitor. A page with a form gets each request's own CSRF token (see
 * {@link CachedPage}). Anything but a 200 HTML or JSON response passes through untouched.
 * Runs inside Spring Security's filters, so a page is kept with what they did to the
 * request; {@link PageCacheHitFilter} serves what is kept ahead of them.
 * <p>
 * Shared pages carry a strong ETag (304 for a matching {@code If-None-Match}) and a gzip
 * copy made once, served to clients that accept it.
 * <p>
 * A roadmap page for a visitor with saved progress is kept apart, for that visitor only,
 * under the hash of their token and the tag of their latest save
 * ({@link VisitorCookie#SAVED_NAME}): a save through any instance changes the tag, so no
 * instance serves progress older than the visitor's last save. Such pages are never
 * tagged, compressed ahead or marked cacheable for others, and are dropped after
 * {@link PageCache#VISITOR_PAGE_IDLE} unused.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Addresses longer than this (odd query strings) are not kept. */
	static final int MAX_KEY_LENGTH = 1024;

	/** Pages without their own policy may be stored, but are checked again by ETag. */
	static final String PAGE_CACHE_CONTROL = CacheControl.noCache().cachePublic().getHeaderValue();

	private static final List<String> NOT_CACHED = List.of("/actuator", "/assets/", "/swagger-ui", "/v3/api-docs",
			"/error");

	private static final Set<String> METHODS = Set.of("GET", "HEAD");

	private static final Pattern SAVED_TAG = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** Spring Security's own filters write its headers around this one. */
	private static final HeaderWriter HEADERS_WRITTEN_AROUND = (request, response) -> {
	};

	private final PageCache pages;

	PageCacheFilter(PageCache pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = this.pages.find(key);
		if (page != null && accepts(request, page.contentType())) {
			serve(page, key.shared(), request, response, HEADERS_WRITTEN_AROUND);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (!storable(rendering)) {
			rendering.copyBodyToResponse();
			return;
		}
		page = CachedPage.of(rendering.getContentAsByteArray(), rendering.getContentType(), contentLanguage(rendering),
				rendering.getHeader(HttpHeaders.CACHE_CONTROL),
				(String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE), key.shared());
		this.pages.keep(key, page);
		serve(page, key.shared(), request, response, HEADERS_WRITTEN_AROUND);
	}

	/**
	 * Where a response is kept: under its address for every visitor; a roadmap page for a
	 * visitor with a token, under its address, the token's hash and the tag of their
	 * latest save, for that visitor only; {@code null} if it is not to be kept (or the
	 * visitor's cookies are missing or malformed).
	 */
	static Key key(HttpServletRequest request) {
		String address = address(request);
		if (address == null) {
			return null;
		}
		Cookie visitor = address.startsWith("/roadmaps/") ? WebUtils.getCookie(request, VisitorCookie.NAME) : null;
		if (visitor == null) {
			return new Key(address, true);
		}
		Cookie saved = WebUtils.getCookie(request, VisitorCookie.SAVED_NAME);
		if (saved == null || !SAVED_TAG.matcher(saved.getValue()).matches()) {
			return null;
		}
		return VisitorToken.parse(visitor.getValue())
			.map((token) -> new Key(address + " " + token.visitorId() + " " + saved.getValue(), false))
			.orElse(null);
	}

	private static String address(HttpServletRequest request) {
		if (!METHODS.contains(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI();
		if (NOT_CACHED.stream().anyMatch(path::startsWith) || path.endsWith(".json") || path.endsWith(".csv")) {
			return null;
		}
		String query = request.getQueryString();
		String address = (query != null) ? path + "?" + query : path;
		return (address.length() <= MAX_KEY_LENGTH) ? address : null;
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
	 * The language a page was rendered in: a view sets the response's locale, and the
	 * server sends it as {@code Content-Language}, a header the servlet API does not read
	 * back. JSON is written without a view, and so without a language.
	 */
	private static String contentLanguage(HttpServletResponse rendering) {
		return rendering.getContentType().startsWith(MediaType.TEXT_HTML_VALUE) ? rendering.getLocale().toLanguageTag()
				: null;
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

	/**
	 * Writes the kept page as the response, with its own request's CSRF token where it
	 * has a form; {@code headers} writes Spring Security's headers once the page's own
	 * are set, before any of the body.
	 */
	static void serve(CachedPage page, boolean shared, HttpServletRequest request, HttpServletResponse response,
			HeaderWriter headers) throws IOException {
		boolean head = "HEAD".equals(request.getMethod());
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (page.personal() || !shared) {
			// Spring Security marks the response not to be stored, as when it is
			// rendered.
			String token = page.personal() ? ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken()
					: "";
			headers.writeHeaders(request, response);
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
			headers.writeHeaders(request, response);
			return;
		}
		headers.writeHeaders(request, response);
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

	/**
	 * The key a response is kept under, and whether every visitor shares it.
	 *
	 * @param value the address, and for one visitor's page their token's hash and save
	 * tag
	 * @param shared whether the page is the same for every visitor
	 */
	record Key(String value, boolean shared) {

	}

}
