package dev.mlcareers.portal.system;

import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.shared.InvalidChoiceException;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds {@code errorKey} to the error model: the message-key segment for the status
 * ({@code error.404.title}), or {@code client}/{@code server} for statuses without their
 * own text. For a query parameter with an invalid value it also adds
 * {@code invalidChoice}, so the page can name the parameter and its valid values.
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

	static final Set<Integer> STATUSES_WITH_OWN_TEXT = Set.of(400, 403, 404, 405, 406, 413, 415, 500, 503);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		Object status = attributes.get("status");
		attributes.put("errorKey", errorKey((status instanceof Integer code) ? code : 500));
		if (getError(webRequest) instanceof InvalidChoiceException invalid) {
			attributes.put("invalidChoice", invalid.details());
		}
		return attributes;
	}

	static String errorKey(int status) {
		if (STATUSES_WITH_OWN_TEXT.contains(status)) {
			return String.valueOf(status);
		}
		return (status >= 500) ? "server" : "client";
	}

}
