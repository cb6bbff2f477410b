package dev.mlcareers.portal.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Swagger UI, the browsable page of the API description, at {@code /swagger-ui/}: its
 * files from its webjar, but for {@code swagger-initializer.js}, ours, which points it at
 * the portal's description ({@code /v3/api-docs}).
 * <p>
 * Its page and files get their own content security policy
 * ({@link SecurityConfig#SWAGGER_UI_POLICY}), set before Spring Security writes the
 * portal's, which it then leaves alone. Matched as Spring MVC matched the request (on its
 * decoded path within the application), so no other page's policy depends on how its
 * address was spelt, and no page pays for a second match of its path. An error page shown
 * in place of one of Swagger UI's (a file it does not have) gets the portal's policy
 * back.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiConfig implements WebMvcConfigurer {

	static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	static final String PAGE = "/swagger-ui/index.html";

	private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The same files for everyone; browsers ask again (Last-Modified) before using
		// them.
		registry.addResourceHandler("/swagger-ui/**")
			.addResourceLocations("classpath:/swagger-ui/", "classpath:/" + WEBJAR + webjarVersion() + "/")
			.setCacheControl(CacheControl.noCache().cachePublic());
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/swagger-ui.html", PAGE);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PolicyInterceptor(SecurityConfig.SWAGGER_UI_POLICY, DispatcherType.REQUEST))
			.addPathPatterns("/swagger-ui/**", "/swagger-ui.html");
		registry.addInterceptor(new PolicyInterceptor(SecurityConfig.CONTENT_SECURITY_POLICY, DispatcherType.ERROR));
	}

	/**
	 * The version of the Swagger UI webjar on the class path, as its Maven build recorded
	 * it.
	 */
	private static String webjarVersion() {
		try {
			Properties built = PropertiesLoaderUtils
				.loadProperties(new ClassPathResource("META-INF/maven/org.webjars/swagger-ui/pom.properties"));
			String version = built.getProperty("version");
			if (version == null || !new ClassPathResource(WEBJAR + version + "/index.html").exists()) {
				throw new IllegalStateException("No Swagger UI webjar on the class path");
			}
			return version;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No Swagger UI webjar on the class path", ex);
		}
	}

	/** Sets a policy on the requests of one dispatcher type that reach a handler. */
	private record PolicyInterceptor(String policy, DispatcherType dispatch) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getDispatcherType() == this.dispatch && !response.isCommitted()) {
				response.setHeader(CONTENT_SECURITY_POLICY, this.policy);
			}
			return true;
		}

	}

}
