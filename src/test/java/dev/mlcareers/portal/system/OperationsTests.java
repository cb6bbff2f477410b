package dev.mlcareers.portal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Applications;
import dev.mlcareers.portal.support.OwnApplicationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switches for operations: Prometheus metrics with the profile {@code prometheus},
 * structured JSON logs with Boot's {@code logging.structured.format.console}, a request
 * log that never writes a query string, a header, a cookie or a body, and a graceful
 * stop.
 */
@OwnApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@Test
	void servesPrometheusMetricsWithItsProfileCountingPagesServedFromMemoryToo() throws Exception {
		try (ConfigurableApplicationContext application = Applications
			.start(List.of("--spring.profiles.active=prometheus"))) {
			String base = Applications.baseUrl(application);
			HttpClient http = HttpClient.newHttpClient();
			for (int i = 0; i < 3; i++) {
				http.send(HttpRequest.newBuilder(URI.create(base + "/roles")).build(),
						HttpResponse.BodyHandlers.discarding());
			}
			HttpResponse<String> metrics = http.send(
					HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(metrics.statusCode()).isEqualTo(200);
			assertThat(metrics.body()).contains("status=\"200\",uri=\"/roles\"} 3")
				.doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*uri=\"UNKNOWN\"");
		}
	}

	@Test
	void writesJsonLogLinesWhenStructuredLoggingIsSwitchedOn(CapturedOutput output) {
		// Boot configures logging once per JVM; earlier tests' contexts have done so.
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		try (ConfigurableApplicationContext application = Applications
			.start(List.of("--logging.structured.format.console=ecs"))) {
			int port = Applications.port(application);
			assertThat(output.getOut().lines().filter((line) -> line.contains("Tomcat started on port " + port + " ")))
				.isNotEmpty()
				.allSatisfy((line) -> assertThat(line).startsWith("{").contains("\"@timestamp\""));
		}
	}

	/** Settings alone, read in the application context most tests share. */
	@Nested
	@ApplicationTest
	class Settings {

		@Test
		void logsRequestsWithoutQueriesHeadersCookiesOrBodiesAndStopsGracefully(@Autowired Environment environment) {
			assertThat(environment.getProperty("server.tomcat.accesslog.pattern"))
				.isEqualTo("%h %t \"%m %U\" %s %b %{ms}T");
			assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
		}

	}

}
