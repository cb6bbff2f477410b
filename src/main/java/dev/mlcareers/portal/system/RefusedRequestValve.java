package dev.mlcareers.portal.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpHeaders;

/**
 * Tomcat's error report, for the requests it refuses before the portal sees them (bad
 * percent-encoding such as {@code /%zz}, an encoded slash or NUL, an over-long request
 * line or header, a bad method token): the portal's own error page
 * ({@link RefusedRequestPages}) with the headers every page has, instead of Tomcat's
 * page. Every response the portal wrote itself passes untouched. Until the pages can be
 * rendered (while the application starts), Tomcat's plain report without details stands.
 */
final class RefusedRequestValve extends ErrorReportValve {

	private final Supplier<RefusedRequestPages> pages;

	RefusedRequestValve(Supplier<RefusedRequestPages> pages) {
		this.pages = pages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		RefusedRequestPages available = this.pages.get();
		if (status < 400 || response.getContentWritten() > 0 || available == null) {
			super.report(request, response, throwable);
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			boolean api = available.isApi(request.getRequestURI());
			String body = api ? available.problem(status) : available.page(status);
			response.setContentType(api ? "application/problem+json" : "text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
			available.writeHeaders(request, response);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away, or the response could not take a body: nothing to
			// send.
		}
		catch (RuntimeException ex) {
			// The page could not be rendered: Tomcat's plain report without details
			// instead.
			container.getLogger().warn("The error page for a refused request could not be rendered", ex);
		}
	}

}
