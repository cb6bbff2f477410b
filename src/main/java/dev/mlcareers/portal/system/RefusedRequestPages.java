package dev.mlcareers.portal.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ITemplateResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The site's error page for requests the servlet container refuses before the portal sees
 * them (an address it cannot decode, a header too large, a malformed request line): the
 * same {@code error} template as every other error, rendered once per status outside any
 * request, with the portal's links (under its context path, the stylesheet by its
 * fingerprinted name). {@link RefusedRequestValve} sends it.
 */
@Component
class RefusedRequestPages {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final Map<Integer, String> pages = new ConcurrentHashMap<>();

	private final Map<Integer, String> problems = new ConcurrentHashMap<>();

	private final MessageSource messages;

	private final String contextPath;

	private final HeaderWriter securityHeaders;

	private final ObjectProvider<LayoutModel> layout;

	RefusedRequestPages(ITemplateResolver templates, MessageSource messages, ResourceUrlProvider resources,
			HeaderWriter securityHeaders, ObjectProvider<LayoutModel> layout,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.securityHeaders = securityHeaders;
		this.layout = layout;
		this.messages = messages;
		this.contextPath = contextPath.equals("/") ? "" : contextPath;
		this.engine.setTemplateResolver(templates);
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.setLinkBuilder(new PortalLinks(contextPath, resources));
	}

	/** The page for this status, rendered on first use. */
	String page(int status) {
		return this.pages.computeIfAbsent(status, this::render);
	}

	/**
	 * The problem details for this status, for an API address: as the API's own errors,
	 * without repeating the address.
	 */
	String problem(int status) {
		return this.problems.computeIfAbsent(status, (code) -> {
			HttpStatus known = HttpStatus.resolve(code);
			String title = (known != null) ? known.getReasonPhrase() : "Error";
			String general = (code >= 500) ? "api.problem.server" : "api.problem.client";
			String detail = this.messages.getMessage("api.problem." + code, null,
					this.messages.getMessage(general, null, Locale.ENGLISH), Locale.ENGLISH);
			return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + code + ",\"detail\":\""
					+ json(detail) + "\"}";
		});
	}

	/**
	 * Whether the address, as sent and perhaps not decodable (that may be why it was
	 * refused), is one of the API's: decoded where it can be, as Spring MVC would.
	 */
	boolean isApi(String requestUri) {
		return requestUri != null && leniently(requestUri).startsWith(this.contextPath + "/api/");
	}

	/** The headers every page of the portal has. */
	void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		this.securityHeaders.writeHeaders(request, response);
	}

	private String render(int status) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(LayoutModel.of(this.layout.orderedStream().toList()));
		context.setVariable("status", status);
		context.setVariable("errorKey", PortalErrorAttributes.errorKey(status));
		return this.engine.process("error", context);
	}

	/**
	 * Each valid percent-escape decoded as a byte of UTF-8, anything else kept as it is.
	 */
	static String leniently(String uri) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
		for (int i = 0; i < uri.length(); i++) {
			char c = uri.charAt(i);
			if (c == '%' && i + 2 < uri.length() && HexFormat.isHexDigit(uri.charAt(i + 1))
					&& HexFormat.isHexDigit(uri.charAt(i + 2))) {
				bytes.write(HexFormat.fromHexDigits(uri, i + 1, i + 3));
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/**
	 * Links as the pages have them, without a request: the configured context path before
	 * each, and the stylesheet and icon under their fingerprinted names.
	 */
	private static final class PortalLinks extends StandardLinkBuilder {

		private final String contextPath;

		private final ResourceUrlProvider resources;

		PortalLinks(String contextPath, ResourceUrlProvider resources) {
			this.contextPath = contextPath.equals("/") ? "" : contextPath;
			this.resources = resources;
		}

		@Override
		protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
			return this.contextPath;
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (!link.startsWith(this.contextPath + "/assets/")) {
				return link;
			}
			String fingerprinted = this.resources.getForLookupPath(link.substring(this.contextPath.length()));
			return (fingerprinted != null) ? this.contextPath + fingerprinted : link;
		}

	}

}
