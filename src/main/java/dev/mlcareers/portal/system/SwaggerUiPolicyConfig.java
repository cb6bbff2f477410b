package dev.mlcareers.portal.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives Swagger UI's page and files their own content security policy
 * ({@link SecurityConfig#SWAGGER_UI_POLICY}), set before Spring Security writes the
 * portal's, which it then leaves alone. Matched as Spring MVC matched the request (on its
 * decoded path within the application), so no other page's policy depends on how its
 * address was spelt, and no page pays for a second match of its path. An error page shown
 * in place of one of Swagger UI's (a file it does not have) gets the portal's policy
 * back.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiPolicyConfig implements WebMvcConfigurer {

	static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PolicyInterceptor(SecurityConfig.SWAGGER_UI_POLICY, DispatcherType.REQUEST))
			.addPathPatterns("/swagger-ui/**", "/swagger-ui.html");
		registry.addInterceptor(new PolicyInterceptor(SecurityConfig.CONTENT_SECURITY_POLICY, DispatcherType.ERROR));
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
