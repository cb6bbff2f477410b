package dev.mlcareers.portal.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Handlers read cookies with {@code @CookieValue}, which percent-decodes the value and
 * fails (a 500) on one that cannot be decoded ({@code %zz}). No cookie the portal sets
 * holds a {@code %}, so such a cookie is none of the portal's: it is left out of the
 * request ahead of Spring Security and the page policy (whose watch of what a page reads
 * must not count this filter's look), and the request is answered as one without it.
 */
@Configuration(proxyBeanMethods = false)
class UndecodableCookiesConfig {

	@Bean
	FilterRegistrationBean<UndecodableCookiesFilter> undecodableCookies() {
		FilterRegistrationBean<UndecodableCookiesFilter> registration = new FilterRegistrationBean<>(
				new UndecodableCookiesFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	static final class UndecodableCookiesFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Cookie[] cookies = request.getCookies();
			if (cookies == null || Arrays.stream(cookies).allMatch(UndecodableCookiesFilter::decodable)) {
				chain.doFilter(request, response);
				return;
			}
			Cookie[] kept = Arrays.stream(cookies).filter(UndecodableCookiesFilter::decodable).toArray(Cookie[]::new);
			chain.doFilter(new HttpServletRequestWrapper(request) {

				@Override
				public Cookie[] getCookies() {
					return (kept.length > 0) ? kept.clone() : null;
				}

			}, response);
		}

		static boolean decodable(Cookie cookie) {
			try {
				UriUtils.decode(cookie.getValue(), StandardCharsets.UTF_8);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
