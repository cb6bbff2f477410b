package dev.mlcareers.portal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose template fails late, after some 150 KB of it (far more than the response
 * buffer) has been produced: the visitor still gets a whole error answer of the kind they
 * asked for, never half a page followed by a broken connection, and never the failure's
 * text.
 */
@ApplicationTest
class FailedRenderingTests {

	static final String SECRET = "the failure's own words";

	final HttpClient http = HttpClient.newHttpClient();

	@Value("http://localhost:${local.server.port}")
	String base;

	@Test
	void aBrowserGetsTheSitesErrorPage() {
		HttpResponse<String> response = get("text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).contains("<main id=\"main\"", "class=\"site-footer\"")
			.doesNotContain("<p>19999</p>", SECRET, "Exception", "\tat ");
	}

	@Test
	void aClientThatTakesOnlyJsonGetsAJsonError() {
		HttpResponse<String> response = get("application/json");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).as("%s %s", response.headers().map(), response.body())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).startsWith("{")
			.contains("\"status\":500")
			.doesNotContain("<p>", SECRET, "Exception", "\tat ");
	}

	@Test
	void aClientThatTakesNeitherGetsTheStatusAlone() {
		HttpResponse<String> response = get("image/png");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("<p>", SECRET, "Exception", "\tat ");
	}

	private HttpResponse<String> get(String accept) {
		return Http.send(this.http,
				HttpRequest.newBuilder(URI.create(this.base + "/test/fails-late")).header("Accept", accept).build());
	}

}
