package dev.mlcareers.portal.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once the portal begins to stop (on {@code SIGTERM}, before Tomcat stops taking
 * connections and waits for the requests in flight), every answer says
 * {@code Connection: close}. A client then sends no further request on a connection it
 * kept open, which would otherwise reach the server after the requests in flight had
 * finished and be refused with a 503 while the application closes (one answer in five
 * runs of {@code bench/stop.sh}); it opens a new connection instead, which the stopping
 * server no longer accepts, so its load balancer retries elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class GracefulStopConfig {

	private final ClosingConnections closing = new ClosingConnections();

	@Bean
	FilterRegistrationBean<ClosingConnections> closingConnectionsOnStop() {
		FilterRegistrationBean<ClosingConnections> registration = new FilterRegistrationBean<>(this.closing);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@EventListener
	void stopping(ContextClosedEvent event) {
		this.closing.stopping = true;
	}

	static final class ClosingConnections extends OncePerRequestFilter {

		private volatile boolean stopping;

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.stopping) {
				response.setHeader(HttpHeaders.CONNECTION, "close");
			}
			chain.doFilter(request, response);
		}

	}

}
