package dev.mlcareers.portal.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * A request whose parameters cannot be read, found only when Spring MVC or a handler
 * reads them: a query or form Tomcat cannot decode ({@code /search?q=%zz}, a byte that is
 * not UTF-8, a form over the size limit), or a request that says it is {@code multipart/}
 * and is not (no boundary, a body cut short), on any address and with any method. The
 * client's mistake: the site's error page with Tomcat's status (400, or 413 for a form
 * over the limit), else 400, and one line at debug level instead of an error with a stack
 * trace for every such request. An upload over the limit stays Spring MVC's 413. The API
 * answers the same with problem details of its own, before this is asked.
 */
@Component
class UnreadableParametersResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(UnreadableParametersResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		int status = status(failure);
		if (status == 0 || response.isCommitted()) {
			return null;
		}
		if (logger.isDebugEnabled()) {
			// Not the exception's message: it may hold a visitor's query or note.
			logger.debug("Unreadable parameters for " + request.getMethod() + " " + request.getRequestURI());
		}
		if (failure instanceof MultipartException) {
			// Recorded as the request's failure, so that DispatcherServlet does not
			// read the parts again while it renders the error page.
			request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, failure);
		}
		try {
			response.sendError(status);
		}
		catch (IOException ex) {
			return null;
		}
		return new ModelAndView();
	}

	/** The status to answer with, or 0 for a failure that is not of this kind. */
	static int status(Exception failure) {
		if (failure instanceof InvalidParameterException undecodable) {
			// Tomcat's own status: 400, or 413 for a form over the size limit.
			int status = undecodable.getErrorCode();
			return (status >= 400 && status < 500) ? status : HttpStatus.BAD_REQUEST.value();
		}
		if (failure instanceof MultipartException && !(failure instanceof MaxUploadSizeExceededException)) {
			return HttpStatus.BAD_REQUEST.value();
		}
		return 0;
	}

	@Override
	public int getOrder() {
		// After Spring MVC's resolvers, the API's problem details among them.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
