package dev.mlcareers.portal.api;

import java.util.Locale;

import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.ContentNotFoundException;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.UrlPathHelper;

/**
 * Errors under {@code /api/} as RFC 9457 problem details
 * ({@code application/problem+json}). Every other request's exception is thrown on
 * unchanged, to the error page in the site layout: an exception handler that rethrows its
 * own exception lets the next resolver take it. A problem never repeats a value the
 * client sent.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	static final String API_PATH = "/api/";

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(ContentNotFoundException exception, HttpServletRequest request) {
		requireApi(request, exception);
		return problem(exception.getStatusCode(), HttpHeaders.EMPTY,
				text("api.problem.not-found", exception.getKind()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidChoice(InvalidChoiceException exception, HttpServletRequest request) {
		requireApi(request, exception);
		String reason = exception.getProblem().name().toLowerCase(Locale.ROOT).replace('_', '-');
		ResponseEntity<ProblemDetail> response = problem(exception.getStatusCode(), HttpHeaders.EMPTY,
				text("api.problem.invalid-choice." + reason, exception.getParameter(), exception.getMaximum()));
		ProblemDetail problem = response.getBody();
		problem.setProperty("parameter", exception.getParameter());
		problem.setProperty("reason", reason);
		problem.setProperty("allowedValues", exception.getChoices().stream().map(Choice::value).toList());
		return response;
	}

	/**
	 * The framework's own refusals (no such address, wrong method, format not acceptable,
	 * ...) keep their status and headers, such as {@code Allow}; the detail is ours,
	 * since theirs may repeat what was sent. Anything else is a failure of ours: logged,
	 * and answered 500 without details.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> other(Exception exception, HttpServletRequest request) throws Exception {
		requireApi(request, exception);
		if (exception instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
			return problem(refusal.getStatusCode(), refusal.getHeaders(),
					statusText(this.messages, refusal.getStatusCode()));
		}
		if (exception instanceof InvalidParameterException || exception instanceof RequestRejectedException
				|| exception instanceof MultipartException) {
			// The server could not decode the query (bad percent-encoding, say), the
			// firewall refused it once a handler read it (a control character in a
			// parameter's name), or it said it was multipart and was not (the API
			// takes no uploads).
			return problem(HttpStatusCode.valueOf(400), HttpHeaders.EMPTY,
					statusText(this.messages, HttpStatusCode.valueOf(400)));
		}
		logger.error("API request failed: " + request.getMethod() + " " + request.getRequestURI(), exception);
		return problem(HttpStatusCode.valueOf(500), HttpHeaders.EMPTY, text("api.problem.server"));
	}

	/** Hands the exception on unless the request is one for the API. */
	private static <E extends Exception> void requireApi(HttpServletRequest request, E exception) throws E {
		if (!isApi(request, request.getRequestURI())) {
			throw exception;
		}
	}

	/** The detail for a status: its own text where it has one, else a general one. */
	static String statusText(MessageSource messages, HttpStatusCode status) {
		String general = status.is5xxServerError() ? "api.problem.server" : "api.problem.client";
		return messages.getMessage("api.problem." + status.value(), null,
				messages.getMessage(general, null, Locale.ENGLISH), Locale.ENGLISH);
	}

	/**
	 * Whether the address (a request URI as sent: percent-encoded, with any path
	 * parameters and the context path) is one of the API's, once decoded as Spring MVC
	 * decodes it to find a handler: {@code /%61pi/v1/roles} is the API's too.
	 */
	static boolean isApi(HttpServletRequest request, String requestUri) {
		UrlPathHelper paths = UrlPathHelper.defaultInstance;
		String path = paths.removeSemicolonContent(paths.decodeRequestString(request, requestUri));
		String contextPath = request.getServletContext().getContextPath();
		return path.startsWith(contextPath) && path.substring(contextPath.length()).startsWith(API_PATH);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, HttpHeaders headers, String detail) {
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
