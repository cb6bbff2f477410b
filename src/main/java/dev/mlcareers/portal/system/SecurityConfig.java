package dev.mlcareers.portal.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page is public and nobody signs in. Spring Security is here for CSRF protection
 * of the forms and for the response headers. No HTTP session is ever created: the CSRF
 * token lives in a cookie, so any instance can serve any request.
 * <p>
 * The headers, the token store and the token handling are beans of their own, because
 * pages served from memory ahead of the security filters ({@link PageCacheHitFilter}) use
 * exactly the same ones.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	/**
	 * Pages have no script, no frame, no font and fetch nothing: they need their own
	 * stylesheet and icon, and forms that post back to the portal.
	 */
	public static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'none'", "style-src 'self'",
			"img-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'");

	/**
	 * Swagger UI, the browsable page of the API description, runs its own script and
	 * fetches the description.
	 */
	public static final String SWAGGER_UI_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/** The cookie that holds the CSRF token (Spring Security's default name). */
	public static final String CSRF_COOKIE_NAME = "XSRF-TOKEN";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, HeaderWriter securityHeaders,
			CsrfTokenRepository csrfTokens, CsrfTokenRequestHandler csrfTokenHandler) {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(csrfTokenHandler)
				// The API only reads, and no cookie of ours means anything to it: a
				// request with another method gets the API's 405, not a CSRF refusal.
				.ignoringRequestMatchers("/api/**"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.headers((headers) -> headers.defaultsDisabled().addHeaderWriter(securityHeaders));
		return http.build();
	}

	/**
	 * Spring Security's default headers (HSTS only over HTTPS, responses not stored
	 * unless they say otherwise) with framing denied, and a content security policy,
	 * referrer policy and permissions policy of the portal's own.
	 */
	@Bean
	HeaderWriter securityHeaders() {
		return new CompositeHeaderWriter(List.of(new XContentTypeOptionsHeaderWriter(),
				new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
				new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
				// Leaves Swagger UI's own policy alone (SwaggerUiConfig).
				new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
				new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")));
	}

	/**
	 * A request Spring Security's firewall refuses (an encoded slash, a path parameter, a
	 * doubled slash, an unknown method) gets the portal's 400 page with the same headers
	 * as every other page: the refusal comes before the filters that would write them.
	 */
	@Bean
	RequestRejectedHandler refusedRequests(HeaderWriter securityHeaders) {
		return (request, response, ex) -> {
			securityHeaders.writeHeaders(request, response);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	@Bean
	WebSecurityCustomizer refusedRequestsAnswered(RequestRejectedHandler refusedRequests) {
		return (web) -> web.requestRejectedHandler(refusedRequests);
	}

	/**
	 * Refuses, as the firewall would, a request whose address does not begin with the
	 * context path as configured (under {@code /careers}, {@code //careers/roles}): the
	 * servlet container maps it to the portal, but Spring Security's first filter cannot
	 * find the path within it and would fail with a 500.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> addressOutsideContextPath(RequestRejectedHandler refusedRequests) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if (request.getRequestURI().startsWith(request.getContextPath())) {
							chain.doFilter(request, response);
							return;
						}
						refusedRequests.handle(request, response,
								new RequestRejectedException("The address is outside the context path"));
					}

				});
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	CsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(CSRF_COOKIE_NAME);
		return tokens;
	}

	@Bean
	CsrfTokenRequestHandler csrfTokenHandler() {
		return new XorCsrfTokenRequestAttributeHandler();
	}

	/**
	 * The portal has no accounts; an empty user store stops Boot from generating a
	 * password.
	 */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
