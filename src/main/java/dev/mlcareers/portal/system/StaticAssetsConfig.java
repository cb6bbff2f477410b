package dev.mlcareers.portal.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's own stylesheet and icon, under {@code /assets/}, with the hash of their
 * content in their names ({@code site-<hash>.css}, written into every page's links), so
 * that browsers and CDNs keep them a year without asking again. Only {@code /assets/} is
 * a resource path: resolving a page's links then never searches the class path for a file
 * of the same name.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfig implements WebMvcConfigurer {

	static final String ASSETS = "/assets/**";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(ASSETS)
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
