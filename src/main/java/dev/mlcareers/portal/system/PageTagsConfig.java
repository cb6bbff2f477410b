package dev.mlcareers.portal.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With the page cache switched off ({@code portal.page-cache.enabled=false}), the API's
 * answers are still served as the cache serves them (a strong ETag, 304 for a matching
 * {@code If-None-Match} on GET and HEAD, the gzip copy with {@code Vary}), by the cache's
 * own filter keeping nothing, at the place it has when the cache is on. Pages get none of
 * it: switching the cache off is how their uncached rendering is measured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "portal.page-cache.enabled", havingValue = false)
class PageTagsConfig {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageTags() {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				PageCacheFilter.keepingNothing());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(PagePolicyConfig.FILTER_ORDER + 1);
		return registration;
	}

}
