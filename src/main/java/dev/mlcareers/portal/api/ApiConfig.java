package dev.mlcareers.portal.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's HTTP caching: a strong ETag on every response, and 304 for a matching one.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

	@Bean
	BasicErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
		return new ApiErrorController(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList(),
				messages);
	}

}
