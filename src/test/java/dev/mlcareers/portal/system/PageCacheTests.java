package dev.mlcareers.portal.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered pages served again from memory: revalidated by ETag, compressed once, and
 * never sharing what belongs to one visitor (a CSRF token, saved progress).
 */
// Loopback is the trusted proxy here, so that a kept page's HSTS header can be seen.
@ApplicationTest(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
class PageCacheTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final HttpClient http = HttpClient.newHttpClient();

	@Value("http://localhost:${local.server.port}")
	String base;

	@Autowired
	PageCache pages;

	@Test
	void revalidatesAPageByItsEtag() throws Exception {
		HttpResponse<byte[]> first = get("/roles/machine-learning-engineer", Map.of());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"1[0-9a-f]{32}\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
		HttpResponse<byte[]> again = get("/roles/machine-learning-engineer", Map.of());
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
		HttpResponse<byte[]> notModified = get("/roles/machine-learning-engineer", Map.of("If-None-Match", etag));
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(get("/roles/data-scientist", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(200);
	}

	@Test
	void servesAKeptPageWithTheHeadersOfItsRendering() throws Exception {
		for (String path : List.of("/roles/machine-learning-engineer", ROADMAP + "/steps/5",
				"/api/v1/certifications")) {
			this.pages.clear();
			HttpResponse<byte[]> rendered = get(path, Map.of("X-Forwarded-Proto", "https"));
			// Kept when asked for again, served from memory the third time.
			get(path, Map.of("X-Forwarded-Proto", "https"));
			HttpResponse<byte[]> kept = get(path, Map.of("X-Forwarded-Proto", "https"));
			assertThat(headers(kept)).as(path).isEqualTo(headers(rendered));
			assertThat(kept.headers().firstValue("Strict-Transport-Security")).as(path).isPresent();
			assertThat(kept.headers().firstValue("Content-Security-Policy"))
				.hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
		}
		assertThat(get("/roles/machine-learning-engineer", Map.of()).headers().firstValue("Strict-Transport-Security"))
			.isEmpty();
	}

	@Test
	void keepsAPageForEveryoneOnlyWhenItsAddressIsAskedForAgain() throws Exception {
		this.pages.clear();
		String once = "/search?q=asked+once";
		assertThat(get(once, Map.of()).statusCode()).isEqualTo(200);
		assertThat(this.pages.sizes()[0]).as("rendered once: not kept").isZero();
		assertThat(get(once + "&u=1", Map.of()).statusCode()).as("another spelling: redirected").isEqualTo(301);
		assertThat(this.pages.sizes()[0]).isZero();
		HttpResponse<byte[]> again = get(once, Map.of());
		assertThat(this.pages.sizes()[0]).as("asked for again: kept").isEqualTo(1);
		HttpResponse<byte[]> kept = get(once, Map.of());
		assertThat(kept.body()).isEqualTo(again.body());
		assertThat(kept.headers().firstValue("ETag")).isEqualTo(again.headers().firstValue("ETag"));
		assertThat(this.pages.sizes()[0]).isEqualTo(1);
	}

	@Test
	void servesAPageRenderedOnceWithTheTagAndCompressedBytesOfTheKeptOne() throws Exception {
		Map<String, String> gzip = Map.of("Accept-Encoding", "gzip");
		for (Map<String, String> first : List.of(gzip, Map.<String, String>of())) {
			this.pages.clear();
			String path = "/search?q=python+served+once";
			HttpResponse<byte[]> once = get(path, first);
			assertThat(this.pages.sizes()[0]).as("rendered once: not kept").isZero();
			HttpResponse<byte[]> keptWhenRendered = get(path, first.isEmpty() ? gzip : Map.of());
			assertThat(this.pages.sizes()[0]).as("asked for again: kept").isEqualTo(1);
			HttpResponse<byte[]> kept = get(path, first);
			assertThat(once.body()).isEqualTo(kept.body());
			assertThat(headers(once)).isEqualTo(headers(kept));
			assertThat(once.headers().firstValue("ETag")).isPresent();
			assertThat(once.headers().firstValue("Vary")).hasValue("Accept-Encoding");
			assertThat(keptWhenRendered.headers().firstValue("ETag")).isNotEqualTo(once.headers().firstValue("ETag"));
			assertThat(get(path, Map.of("If-None-Match", once.headers().firstValue("ETag").orElseThrow())).statusCode())
				.isEqualTo(304);
		}
	}

	@Test
	void compressesForClientsThatAcceptGzip() throws Exception {
		String path = "/salaries?basis=ppp";
		HttpResponse<byte[]> plain = get(path, Map.of());
		HttpResponse<byte[]> gzip = get(path, Map.of("Accept-Encoding", "gzip"));
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(gzip.body().length).isLessThan(plain.body().length / 3);
		assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
		assertThat(gzip.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
		HttpResponse<byte[]> api = get("/api/v1/skills", Map.of("Accept-Encoding", "gzip"));
		assertThat(api.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void givesEachVisitorOfAPageWithAFormATokenThatWorks() {
		Visitor alice = new Visitor(this.base);
		Visitor bob = new Visitor(this.base);
		String step = ROADMAP + "/steps/4";
		String aliceToken = token(alice.page(step));
		String bobToken = token(bob.page(step));
		assertThat(aliceToken).isNotEqualTo(bobToken);
		assertThat(alice.submit(step, step + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
		assertThat(bob.submit(step, step + "/progress", Map.of("status", "in-progress")).statusCode()).isEqualTo(302);
	}

	@Test
	void keepsEveryVisitorsProgressOutOfTheSharedPages() {
		Visitor carol = new Visitor(this.base);
		Visitor newcomer = new Visitor(this.base);
		assertThat(newcomer.page(ROADMAP)).contains("0 of 12 steps done");
		String step = ROADMAP + "/steps/1";
		assertThat(carol.submit(step, step + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
		assertThat(carol.page(ROADMAP)).contains("1 of 12 steps done");
		assertThat(carol.page(step)).contains("Done");
		assertThat(newcomer.page(ROADMAP)).contains("0 of 12 steps done");
	}

	@Test
	void keepsAVisitorsProgressPagesOnlyUntilTheirNextSave() {
		Visitor dana = new Visitor(this.base);
		Visitor erin = new Visitor(this.base);
		String step = ROADMAP + "/steps/2";
		assertThat(dana.submit(step, step + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
		String firstTag = dana.cookie("mlc_saved").orElseThrow();
		assertThat(dana.page(ROADMAP)).contains("1 of 12 steps done");
		HttpResponse<String> again = dana.get(ROADMAP);
		assertThat(again.body()).contains("1 of 12 steps done");
		assertThat(again.headers().firstValue("ETag")).isEmpty();
		assertThat(again.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> value.contains("no-store"));
		String next = ROADMAP + "/steps/3";
		assertThat(dana.submit(next, next + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
		assertThat(dana.cookie("mlc_saved")).isPresent().get().isNotEqualTo(firstTag);
		assertThat(dana.page(ROADMAP)).contains("2 of 12 steps done");
		assertThat(erin.submit(step, step + "/progress", Map.of("status", "in-progress")).statusCode()).isEqualTo(302);
		assertThat(erin.page(ROADMAP)).contains("0 of 12 steps done");
		assertThat(dana.page(ROADMAP)).contains("2 of 12 steps done");
		String secondTag = dana.cookie("mlc_saved").orElseThrow();
		String reset = ROADMAP + "/reset";
		assertThat(dana.submit(reset, reset, Map.of()).statusCode()).isEqualTo(302);
		assertThat(dana.cookie("mlc_saved")).isPresent().get().isNotEqualTo(secondTag);
		assertThat(dana.page(ROADMAP)).contains("0 of 12 steps done");
	}

	/** Every header but the date, with the value of any new CSRF cookie left out. */
	private static Map<String, List<String>> headers(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		headers.computeIfPresent("set-cookie",
				(name, cookies) -> cookies.stream().map((cookie) -> cookie.replaceFirst("=[^;]*", "=")).toList());
		return headers;
	}

	private static String token(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

}
