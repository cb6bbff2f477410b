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
 * Errors as the API answers them: Boot's error controller replaced by
 * {@link ApiErrorController}, so that an API address that fails before it reaches a
 * controller still gets problem details (a page keeps the site's error page). The API's
 * ETags, 304 answers and gzip copies are not made here: the page cache's filter makes
 * them, whether the cache keeps anything or not ({@code system.PageCacheFilter}).
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
