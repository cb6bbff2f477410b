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
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's query that Tomcat cannot decode ({@code /search?q=%zz}, a byte that is not
 * UTF-8), found only when a handler asks for its parameters: the client's mistake, so the
 * site's 400 page, and one line at debug level instead of an error with a stack trace for
 * every such request. The API answers the same with problem details of its own, before
 * this is asked.
 */
@Component
class UndecodableQueryResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(UndecodableQueryResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!(failure instanceof InvalidParameterException) || response.isCommitted()) {
			return null;
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Undecodable query for " + request.getMethod() + " " + request.getRequestURI() + ": "
					+ failure.getMessage());
		}
		try {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
		catch (IOException ex) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		// After Spring MVC's resolvers, the API's problem details among them.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
