package dev.mlcareers.portal.system;

import dev.mlcareers.portal.shared.ContentDates;
import dev.mlcareers.portal.shared.PublicAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What handlers declare of their pages ({@link SharedPage}, {@link PersonalPage}) applies
 * whether or not the page cache is on: downstream caches read the same headers.
 */
@Configuration(proxyBeanMethods = false)
class PagePolicyConfig implements WebMvcConfigurer {

	/**
	 * Just inside Spring Security, so that its own reading of its cookies is not counted.
	 */
	static final int FILTER_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1;

	private final PublicAddress address;

	private final ObjectProvider<ContentDates> contentDates;

	PagePolicyConfig(PublicAddress address, ObjectProvider<ContentDates> contentDates) {
		this.address = address;
		this.contentDates = contentDates;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PagePolicyInterceptor(this.address, this.contentDates));
	}

	@Bean
	FilterRegistrationBean<PagePolicyFilter> pagePolicy() {
		FilterRegistrationBean<PagePolicyFilter> registration = new FilterRegistrationBean<>(new PagePolicyFilter());
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

}
