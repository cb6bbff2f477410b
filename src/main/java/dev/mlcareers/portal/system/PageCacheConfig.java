package dev.mlcareers.portal.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Rendered pages kept in memory (see {@link PageCacheFilter}), on unless
 * {@code portal.page-cache.enabled=false}; at most {@code portal.page-cache.max-size} of
 * pages every visitor shares, and at most {@code portal.page-cache.visitor-max-size} of
 * roadmap pages showing one visitor's progress.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheConfig.PageCacheProperties.class)
@ConditionalOnBooleanProperty(name = "portal.page-cache.enabled", matchIfMissing = true)
class PageCacheConfig {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCache(PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(properties.maxSize().toBytes(), properties.visitorMaxSize().toBytes()));
		// Just inside Spring Security: its headers and CSRF token apply to every
		// response.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@ConfigurationProperties("portal.page-cache")
	record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
			@DefaultValue("16MB") DataSize visitorMaxSize) {

	}

}
