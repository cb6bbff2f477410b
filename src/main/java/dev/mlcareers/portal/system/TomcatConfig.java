package dev.mlcareers.portal.system;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's settings. Tomcat sends a response in pieces no larger than a connection's
 * write buffer, one system call each (and on loopback, one wake-up of the reader each);
 * its 8 KB default cut the flagship page into eight. 32 KB sends every kept page but the
 * flagship's uncompressed copy in one piece, at 24 KB more per open connection, which
 * {@code server.tomcat.max-connections} bounds (see BENCHMARKS.md).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

	static final int WRITE_BUFFER_BYTES = 32 * 1024;

	/**
	 * Puts {@link RefusedRequestValve} in place of Tomcat's error report (and of the one
	 * Boot configures), once every customizer has run: just before the portal's context
	 * starts, when its host has its valves.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> refusedRequestValve(
			ObjectProvider<RefusedRequestPages> pages) {
		return (factory) -> factory.addContextCustomizers((context) -> context.addLifecycleListener((event) -> {
			if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				return;
			}
			Pipeline host = context.getParent().getPipeline();
			for (Valve valve : host.getValves()) {
				if (valve instanceof RefusedRequestValve) {
					return;
				}
				if (valve instanceof ErrorReportValve) {
					host.removeValve(valve);
				}
			}
			host.addValve(new RefusedRequestValve(pages::getIfAvailable));
		}));
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> tomcatWriteBuffer() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES))) {
				throw new IllegalStateException("Tomcat has no setting socket.appWriteBufSize");
			}
		});
	}

}
