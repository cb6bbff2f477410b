package dev.mlcareers.portal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Http;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-Proto} and {@code X-Forwarded-For} are believed only from a proxy
 * that configuration names: by default a client that sends them itself is not taken to
 * have come over HTTPS (no HSTS, a visitor cookie without {@code Secure}).
 */
class ForwardedHeadersTests {

	static final String STEP = "/roadmaps/machine-learning-engineer/steps/1";

	final HttpClient http = HttpClient.newHttpClient();

	/** In the application context most tests share. */
	@Nested
	@ApplicationTest
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void believesNoClientThatClaimsHttpsByDefault() {
			String base = "http://localhost:" + this.port;
			HttpResponse<String> claimed = get(base + "/roles/machine-learning-engineer");
			assertThat(claimed.headers().firstValue("Strict-Transport-Security")).isEmpty();
			assertThat(savedCookies(base)).isNotEmpty().noneMatch((cookie) -> cookie.contains("Secure"));
		}

	}

	/**
	 * In the application context of the other tests behind a proxy on the loopback
	 * address.
	 */
	@Nested
	@ApplicationTest(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
	class BehindANamedProxy {

		@LocalServerPort
		int port;

		@Test
		void believesTheProxyThatConfigurationNames() {
			String base = "http://localhost:" + this.port;
			HttpResponse<String> forwarded = get(base + "/roles/machine-learning-engineer");
			assertThat(forwarded.headers().firstValue("Strict-Transport-Security")).isPresent();
			assertThat(savedCookies(base)).isNotEmpty().allMatch((cookie) -> cookie.contains("Secure"));
		}

	}

	private HttpResponse<String> get(String url) {
		return Http.send(this.http,
				HttpRequest.newBuilder(URI.create(url))
					.header("X-Forwarded-Proto", "https")
					.header("X-Forwarded-For", "203.0.113.9")
					.build());
	}

	/** The cookies set by a save made with a claim of HTTPS. */
	private java.util.List<String> savedCookies(String base) {
		Visitor visitor = new Visitor(base);
		String token = visitor.csrfToken(STEP);
		HttpResponse<String> saved = Http.send(this.http,
				HttpRequest.newBuilder(URI.create(base + STEP + "/progress"))
					.header("X-Forwarded-Proto", "https")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", "XSRF-TOKEN=" + visitor.cookie("XSRF-TOKEN").orElseThrow())
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&status=done"))
					.build());
		assertThat(saved.statusCode()).as("the save").isEqualTo(302);
		return saved.headers().allValues("Set-Cookie").stream().filter((cookie) -> cookie.startsWith("mlc_")).toList();
	}

}
