package dev.mlcareers.portal.system;

import org.springframework.beans.factory.ObjectProvider;
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
 * <p>
 * With the cache switched off, the API's answers are still served as the cache serves
 * them (a strong ETag, 304 for a matching {@code If-None-Match} on GET and HEAD, the gzip
 * copy with {@code Vary}), by the cache's own filter keeping nothing, at the place it has
 * when the cache is on. Pages get none of it: switching the cache off is how their
 * uncached rendering is measured.
 * <p>
 * The switch is read when the filters are registered, not by a condition on the beans: an
 * image whose bean definitions were made at build time (Spring's ahead-of-time
 * processing, see the {@code Dockerfile}) honours it as a plain start does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheConfig.PageCacheProperties.class)
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
	FilterRegistrationBean<PageCacheHitFilter> pageCacheHits(PageCacheProperties properties, PageCache pages,
			HeaderWriter securityHeaders, CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfTokenHandler) {
		FilterRegistrationBean<PageCacheHitFilter> registration = new FilterRegistrationBean<>(
				new PageCacheHitFilter(pages, securityHeaders, csrfTokens, csrfTokenHandler));
		// After Boot's character encoding filter and its observation of every request
		// (the highest precedence and the next), ahead of everything else.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setEnabled(properties.enabled());
		return registration;
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheRenderings(PageCacheProperties properties, PageCache pages) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(pages));
		// Just inside Spring Security (its headers and CSRF token apply to every
		// rendering) and the page policy's watch of what the rendering reads.
		registration.setName("pageCacheRenderings");
		registration.setOrder(PagePolicyConfig.FILTER_ORDER + 1);
		registration.setEnabled(properties.enabled());
		return registration;
	}

	/** With the cache off: the API's tags, by the same filter keeping nothing. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageTags(PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				PageCacheFilter.keepingNothing());
		registration.setName("pageTags");
		registration.addUrlPatterns("/api/*");
		registration.setOrder(PagePolicyConfig.FILTER_ORDER + 1);
		registration.setEnabled(!properties.enabled());
		return registration;
	}

	@ConfigurationProperties("portal.page-cache")
	record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
			@DefaultValue("16MB") DataSize visitorMaxSize) {

	}

}
