package dev.mlcareers.portal.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What handlers declare of their pages ({@link SharedPage}, {@link PersonalPage}) applies
 * whether or not the page cache is on: downstream caches read the same headers.
 */
@Configuration(proxyBeanMethods = false)
class PagePolicyConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PagePolicyInterceptor());
	}

}
