package dev.mlcareers.portal.system;

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
 * decoded path within the application), and only on requests Swagger UI's handlers
 * answer, so no other page's policy ever depends on how its address was spelt, and no
 * page pays for a second match of its path.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiPolicyConfig implements WebMvcConfigurer {

	static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.setHeader(CONTENT_SECURITY_POLICY, SecurityConfig.SWAGGER_UI_POLICY);
				return true;
			}

		}).addPathPatterns("/swagger-ui/**", "/swagger-ui.html");
	}

}
