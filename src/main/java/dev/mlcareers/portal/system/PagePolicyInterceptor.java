package dev.mlcareers.portal.system;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import dev.mlcareers.portal.shared.ContentDates;
import dev.mlcareers.portal.shared.PublicAddress;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
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
 * <p>
 * Every page a GET handler renders is given its canonical address, absolute at the public
 * address ({@code portal.public-url}, never the request's {@code Host}), for its
 * {@code <link rel="canonical">}: the declared one, or for a page that declares nothing
 * (a confirmation or a form's page, private to whoever asked) its path alone, and a
 * request that search engines not index it. A page that declares its address also gets
 * the day its content last changed ({@link ContentDates}), for "Content as of".
 */
class PagePolicyInterceptor implements HandlerInterceptor {

	/** Shared pages may be stored, but are checked again by ETag. */
	static final String PUBLIC = CacheControl.noCache().cachePublic().getHeaderValue();

	/** The model attribute of the page's canonical address, absolute. */
	static final String CANONICAL_URL = "canonicalUrl";

	/** The model attribute that asks search engines not to index the page. */
	static final String NOT_INDEXED = "notIndexed";

	/** The model attribute of the day the page's content last changed. */
	static final String CONTENT_AS_OF = "contentAsOf";

	private final PublicAddress address;

	private final ObjectProvider<ContentDates> contentDates;

	PagePolicyInterceptor(PublicAddress address, ObjectProvider<ContentDates> contentDates) {
		this.address = address;
		this.contentDates = contentDates;
	}

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
			String path = rendersView(request, handler, modelAndView) ? canonicalPath(request) : null;
			if (path != null) {
				modelAndView.addObject(CANONICAL_URL, absolute(request, path));
				modelAndView.addObject(NOT_INDEXED, true);
			}
			return;
		}
		String query = (String) request.getAttribute(PageAddress.QUERY_ATTRIBUTE);
		String path = (String) request.getAttribute(PageAddress.PATH_ATTRIBUTE);
		String canonical = PageAddress.address(path, query);
		request.setAttribute(PageAddress.CANONICAL_ATTRIBUTE, canonical);
		if (modelAndView != null) {
			modelAndView.addObject(CANONICAL_URL, absolute(request, canonical));
			if (request.getDispatcherType() != DispatcherType.ERROR) {
				// An error page is not the content it failed to show; and its content
				// date may be what needs the database that just failed.
				contentAsOf(request, path).ifPresent((day) -> modelAndView.addObject(CONTENT_AS_OF, day));
			}
		}
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

	/**
	 * The day the content of the page at this path (under the context path) last changed,
	 * where a content version made it.
	 */
	private Optional<LocalDate> contentAsOf(HttpServletRequest request, String path) {
		ContentDates dates = this.contentDates.getIfAvailable();
		if (dates == null) {
			return Optional.empty();
		}
		String contextPath = request.getServletContext().getContextPath();
		return dates.contentAsOf(path.substring(contextPath.length()));
	}

	/** Whether a GET handler is about to render a page (not redirect). */
	private static boolean rendersView(HttpServletRequest request, Object handler, ModelAndView modelAndView) {
		return modelAndView != null && PagePolicy.METHODS.contains(request.getMethod())
				&& handler instanceof HandlerMethod && modelAndView.getViewName() != null
				&& !modelAndView.getViewName().startsWith("redirect:");
	}

	/** The address, under the server's context path, at the public address. */
	private String absolute(HttpServletRequest request, String address) {
		String contextPath = request.getServletContext().getContextPath();
		return this.address.of(address.substring(contextPath.length()));
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
