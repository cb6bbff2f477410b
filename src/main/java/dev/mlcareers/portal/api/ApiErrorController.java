package dev.mlcareers.portal.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.system.DatabaseFaults;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error controller, except that an error of an API request that never reached a
 * controller (a request the security firewall refuses, say) is answered as a problem
 * detail too, like the errors {@link ApiProblems} answers. Pages keep the site's error
 * page.
 */
class ApiErrorController extends BasicErrorController {

	private final MessageSource messages;

	ApiErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
			List<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
		super(errorAttributes, errorProperties, errorViewResolvers);
		this.messages = messages;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		prepare(request, response);
		return super.errorHtml(request, response);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletResponse response = attributes.getResponse();
			prepare(request, response);
			if (response != null && !response.isCommitted()) {
				// A page that failed while rendering has already said it is HTML; this
				// answer is JSON.
				response.setContentType(null);
			}
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (!(uri instanceof String path) || !ApiProblems.isApi(request, path)) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", ApiProblems.statusText(this.messages, status));
		problem.put("instance", path);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(problem);
	}

	/**
	 * What every error answer shares: never stored by a cache (the page it replaces may
	 * have said it could be), and a failure because the database is unavailable (during
	 * the rendering of a page, say, where no exception resolver sees it) answered 503
	 * with {@code Retry-After} instead of 500.
	 */
	private static void prepare(HttpServletRequest request, HttpServletResponse response) {
		markDirectRequest(request);
		if (response == null) {
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseFaults.isUnavailable(failure)) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			DatabaseFaults.askToRetryLater(response);
		}
	}

	/**
	 * The error page's address asked for directly, not by the container for a failed
	 * request: there is nothing at it, so it is answered as any unknown address is (404).
	 */
	private static void markDirectRequest(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		}
	}

}
