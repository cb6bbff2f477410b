package dev.mlcareers.portal.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that needs the database while it is unavailable ({@link DatabaseFaults}) is
 * answered 503 with {@code Retry-After}: the site's error page, "try again in a moment".
 * Any other failure goes on as it came. Asked last, after Spring MVC's own resolvers (the
 * API's problem details among them, which answer the same for the API); a save keeps what
 * the visitor typed, in its own controller.
 */
@Component
class DatabaseUnavailableResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!DatabaseFaults.isUnavailable(failure) || response.isCommitted()) {
			return null;
		}
		logger.warn("Database unavailable for " + request.getMethod() + " " + request.getRequestURI() + ": "
				+ DatabaseFaults.rootCause(failure));
		try {
			DatabaseFaults.askToRetryLater(response);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
		catch (IOException ex) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		// Right after Boot's DefaultErrorAttributes, which records the failure for the
		// error page.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
