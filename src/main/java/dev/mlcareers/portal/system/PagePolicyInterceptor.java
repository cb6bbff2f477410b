package dev.mlcareers.portal.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Applies what a GET handler declares of its page ({@link SharedPage},
 * {@link PersonalPage}): its canonical address ({@link PageAddress}), left for the page
 * cache, with a 301 from any other spelling of it; the policy itself, for the page cache;
 * and {@code Cache-Control: no-cache, public} on a shared page whose handler set none. A
 * personal page, and a page whose handler declares nothing, is marked by Spring Security
 * not to be stored anywhere (a personal page also varies by cookie).
 */
class PagePolicyInterceptor implements HandlerInterceptor {

	/** Shared pages may be stored, but are checked again by ETag. */
	static final String PUBLIC = CacheControl.noCache().cachePublic().getHeaderValue();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		PagePolicy policy = policy(request, handler);
		if (policy == null) {
			return true;
		}
		String path = canonicalPath(request);
		if (path == null) {
			return true;
		}
		if (!path.equals(request.getRequestURI())) {
			redirect(response, PageAddress.address(path, request.getQueryString()));
			return false;
		}
		request.setAttribute(PagePolicy.ATTRIBUTE, policy);
		request.setAttribute(PageAddress.PATH_ATTRIBUTE, path);
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		PagePolicy policy = PagePolicy.of(request);
		if (policy == null) {
			return;
		}
		String query = (String) request.getAttribute(PageAddress.QUERY_ATTRIBUTE);
		String path = (String) request.getAttribute(PageAddress.PATH_ATTRIBUTE);
		String canonical = PageAddress.address(path, query);
		request.setAttribute(PageAddress.CANONICAL_ATTRIBUTE, canonical);
		if (modelAndView != null && response.getStatus() == HttpServletResponse.SC_OK
				&& !canonical.equals(PageAddress.requested(request))) {
			modelAndView.clear();
			redirect(response, canonical);
			return;
		}
		if (response.isCommitted()) {
			return;
		}
		if (policy == PagePolicy.SHARED && response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
		}
		if (policy == PagePolicy.PERSONAL) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		}
	}

	private static PagePolicy policy(HttpServletRequest request, Object handler) {
		if (!PagePolicy.METHODS.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
			return null;
		}
		if (has(method, PersonalPage.class)) {
			return PagePolicy.PERSONAL;
		}
		return has(method, SharedPage.class) ? PagePolicy.SHARED : null;
	}

	private static boolean has(HandlerMethod method, Class<? extends java.lang.annotation.Annotation> annotation) {
		return method.hasMethodAnnotation(annotation)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), annotation);
	}

	/**
	 * The handler's pattern expanded with the values it matched (decoded), encoded only
	 * where a path must be, under the context path as configured (not as the request
	 * spelt it).
	 */
	@SuppressWarnings("unchecked")
	private static String canonicalPath(HttpServletRequest request) {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null) {
			return null;
		}
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String path = UriComponentsBuilder.fromPath(pattern)
			.buildAndExpand((variables != null) ? variables : Map.of())
			.encode()
			.getPath();
		return request.getServletContext().getContextPath() + path;
	}

	private static void redirect(HttpServletResponse response, String location) {
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, location);
	}

}
