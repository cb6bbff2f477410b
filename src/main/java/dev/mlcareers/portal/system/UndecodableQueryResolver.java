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
 * A page's query or form that Tomcat cannot read ({@code /search?q=%zz}, a byte that is
 * not UTF-8, a form over the size limit), found only when a handler asks for its
 * parameters: the client's mistake, so the site's error page with Tomcat's status (400,
 * or 413), and one line at debug level instead of an error with a stack trace for every
 * such request. The API answers the same with problem details of its own, before this is
 * asked.
 */
@Component
class UndecodableQueryResolver implements HandlerExceptionResolver, Ordered {

	private static final Log logger = LogFactory.getLog(UndecodableQueryResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!(failure instanceof InvalidParameterException undecodable) || response.isCommitted()) {
			return null;
		}
		if (logger.isDebugEnabled()) {
			// Not the exception's message: it holds the value, a visitor's query or note.
			logger.debug("Undecodable parameters for " + request.getMethod() + " " + request.getRequestURI());
		}
		try {
			// Tomcat's own status: 400, or 413 for a form over the size limit.
			int status = undecodable.getErrorCode();
			response.sendError((status >= 400 && status < 500) ? status : HttpStatus.BAD_REQUEST.value());
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
