package dev.mlcareers.portal.system;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.HtmlValidator;
import dev.mlcareers.portal.support.Pages;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real port: pages, error pages, headers and the health
 * probes.
 */
@ApplicationTest
class PortalApplicationTests {

	@Autowired
	RestTestClient client;

	@Test
	void servesTheHomePageAsValidHtmlWithoutSettingAnyCookie() {
		String html = page("/", 200);
		assertThat(html).contains("<h1 id=\"home-heading\">Plan a career in machine learning</h1>")
			.contains("23% to 31%")
			.contains("Up to 200%");
		HtmlValidator.assertValid(html, "/");
		this.client.get().uri("/").exchange().expectHeader().doesNotExist("Set-Cookie");
	}

	@Test
	void keepsConnectionsForAProxyBoundsThemAndSendsAKeptPageInOneWrite(
			@Autowired WebServerApplicationContext context) {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("maxKeepAliveRequests")).isEqualTo(100);
		assertThat(connector.getProperty("maxThreads")).isEqualTo(8);
		assertThat(connector.getProperty("maxConnections")).isEqualTo(512);
		assertThat(connector.getProperty("socket.appWriteBufSize"))
			.isEqualTo(Integer.toString(TomcatConfig.WRITE_BUFFER_BYTES));
	}

	@Test
	void answersAnUnknownAddressWithA404PageInTheSiteLayout() {
		String html = page("/no-such-page", 404);
		assertThat(html).contains("<h1>Page not found</h1>")
			.contains("class=\"site-nav\"")
			.contains("href=\"/sources\"");
		assertNoInternals(html);
		HtmlValidator.assertValid(html, "the 404 page");
	}

	@Test
	void answersARequestTheFirewallRejectsWithA400PageInTheSiteLayout() {
		String html = page("/roles;jsessionid=abc", 400);
		assertThat(html).contains("<h1>That request could not be understood</h1>").contains("class=\"site-nav\"");
		assertNoInternals(html);
		HtmlValidator.assertValid(html, "the 400 page");
	}

	@Test
	void answersAFailureWithA500PageThatRevealsNothing() {
		String html = page("/test/failure", 500);
		assertThat(html).contains("<h1>Something went wrong on our side</h1>").contains("class=\"site-nav\"");
		assertNoInternals(html);
		assertThat(html).doesNotContain("secret detail");
		HtmlValidator.assertValid(html, "the 500 page");
	}

	@Test
	void refusesAPostWithoutCsrfTokenWithA403Page() {
		String html = this.client.post()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("status=done")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("<h1>That request was refused</h1>");
	}

	@Test
	void neverEchoesAHostileAddress() {
		String html = page("/<script>alert(1)</script>", 404);
		assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("alert(1)");
	}

	@Test
	void sendsTheSecurityHeadersOnPagesAndErrorPages() {
		for (String path : new String[] { "/", "/no-such-page" }) {
			this.client.get()
				.uri(path)
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectHeader()
				.valueEquals("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY)
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY");
		}
		assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).startsWith("default-src 'none'")
			.contains("frame-ancestors 'none'", "form-action 'self'", "style-src 'self'")
			.doesNotContain("script-src", "connect-src", "unsafe-inline", "data:");
		for (String path : new String[] { "/swagger-ui/index.html", "/%73wagger-ui/index.html" }) {
			this.client.get()
				.uri(java.net.URI.create(path))
				.exchange()
				.expectHeader()
				.valueEquals("Content-Security-Policy", SecurityConfig.SWAGGER_UI_POLICY);
		}
		assertThat(SecurityConfig.SWAGGER_UI_POLICY).contains("script-src 'self'").doesNotContain("unsafe-inline");
		// Not Swagger UI's own page: an error page in its place, and an address near it.
		for (String path : new String[] { "/swagger-ui/no-such-file", "/%73wagger-ui/no-such-file",
				"/swagger-ui-x/index.html" }) {
			this.client.get()
				.uri(java.net.URI.create(path))
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.valueEquals("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
		}
	}

	@Test
	void answersAnAddressTheFirewallRefusesWithA400PageAndTheSecurityHeaders() {
		for (String path : new String[] { "/roles;x=1", "/roles/%25", "/roles/x%3Bx" }) {
			this.client.get()
				.uri(java.net.URI.create(path))
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.valueEquals("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY)
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff");
		}
	}

	@Test
	void reportsHealthWithLivenessAndReadinessAndExposesNothingElse() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		for (String hidden : new String[] { "/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/prometheus" }) {
			this.client.get().uri(hidden).exchange().expectStatus().isNotFound();
		}
	}

	private String page(String path, int status) {
		return Pages.html(this.client, path, status);
	}

	private static void assertNoInternals(String html) {
		assertThat(html).doesNotContain("Exception")
			.doesNotContain("Whitelabel")
			.doesNotContain("at dev.mlcareers")
			.doesNotContain("trace");
	}

}
