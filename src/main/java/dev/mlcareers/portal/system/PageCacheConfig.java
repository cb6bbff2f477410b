package dev.mlcareers.portal.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.util.unit.DataSize;

/**
 * Rendered pages kept in memory (see {@link PageCacheFilter}) and served from there ahead
 * of Spring Security (see {@link PageCacheHitFilter}), on unless
 * {@code portal.page-cache.enabled=false}; at most {@code portal.page-cache.max-size} of
 * pages kept for everyone, and at most {@code portal.page-cache.visitor-max-size} of
 * pages kept for one visitor each, under the key a {@link VisitorKeys} gives.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheConfig.PageCacheProperties.class)
@ConditionalOnBooleanProperty(name = "portal.page-cache.enabled", matchIfMissing = true)
class PageCacheConfig {

	@Bean
	PageCache pageCache(PageCacheProperties properties, ObjectProvider<VisitorKeys> visitorKeys) {
		return new PageCache(properties.maxSize().toBytes(), properties.visitorMaxSize().toBytes(), visitorKeys);
	}

	/** A visitor's deleted data leaves no page of theirs kept here. */
	@Bean
	ApplicationListener<PayloadApplicationEvent<VisitorDataErased>> erasedVisitorsPages(PageCache pages) {
		return ApplicationListener.forPayload((VisitorDataErased erased) -> pages.forgetVisitor(erased.keyPrefix()));
	}

	@Bean
	FilterRegistrationBean<PageCacheHitFilter> pageCacheHits(PageCache pages, HeaderWriter securityHeaders,
			CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfTokenHandler) {
		FilterRegistrationBean<PageCacheHitFilter> registration = new FilterRegistrationBean<>(
				new PageCacheHitFilter(pages, securityHeaders, csrfTokens, csrfTokenHandler));
		// After Boot's character encoding filter and its observation of every request
		// (the highest precedence and the next), ahead of everything else.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheRenderings(PageCache pages) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(pages));
		// Just inside Spring Security (its headers and CSRF token apply to every
		// rendering) and the page policy's watch of what the rendering reads.
		registration.setOrder(PagePolicyConfig.FILTER_ORDER + 1);
		return registration;
	}

	@ConfigurationProperties("portal.page-cache")
	record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
			@DefaultValue("16MB") DataSize visitorMaxSize) {

	}

}
