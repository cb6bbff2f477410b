package dev.mlcareers.portal.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CachedPageTests {

	static final String HTML = "text/html;charset=UTF-8";

	@Test
	void givesEveryResponseOfAPageWithAFormItsOwnToken() throws IOException {
		String rendered = "<form><input type=\"hidden\" name=\"_csrf\" value=\"TOKEN-A\"/></form>"
				+ "<form><input type=\"hidden\" name=\"_csrf\" value=\"TOKEN-A\"/></form>";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, null, true);
		assertThat(page.personal()).isTrue();
		assertThat(page.etag()).isNull();
		assertThat(page.gzip()).isNull();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out, "TOKEN-BB");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(rendered.replace("TOKEN-A", "TOKEN-BB"))
			.doesNotContain("TOKEN-A");
		assertThat(page.length("TOKEN-BB")).isEqualTo(out.size());
	}

	@Test
	void tagsAndCompressesAPageWithoutAFormOnce() throws IOException {
		String rendered = "<p>" + "Python ".repeat(400) + "</p>";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, null, true);
		assertThat(page.personal()).isFalse();
		assertThat(page.etag()).matches("\"0[0-9a-f]{32}\"");
		assertThat(page.gzipEtag()).isEqualTo(page.etag().replace("\"", "").transform((tag) -> "\"" + tag + "-gzip\""));
		assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(page.gzip())).readAllBytes(),
				StandardCharsets.UTF_8))
			.isEqualTo(rendered);
		assertThat(CachedPage.of(bytes(rendered), HTML, null, null, null, true).etag()).isEqualTo(page.etag());
		assertThat(CachedPage.of(bytes(rendered + " "), HTML, null, null, null, true).etag()).isNotEqualTo(page.etag());
		assertThat(CachedPage.of(bytes("{}"), "application/json", null, null, null, true).gzip()).isNull();
	}

	@Test
	void keepsAPageForOneVisitorWithoutTagOrCompressedCopy() {
		String rendered = "<p>" + "Python ".repeat(400) + "</p>";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, null, false);
		assertThat(page.personal()).isFalse();
		assertThat(page.etag()).isNull();
		assertThat(page.gzip()).isNull();
		assertThat(page.length("")).isEqualTo(bytes(rendered).length);
	}

	@Test
	void dropsTheTemplatesIndentationButNeverWhereBlanksMatter() {
		assertThat(CachedPage.withoutIndentation("<ul>\n    <li>a</li>  \n\n    <li>b</li>\n</ul>"))
			.isEqualTo("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
		String note = "<textarea>\n    indented\n</textarea>";
		assertThat(CachedPage.withoutIndentation(note)).isEqualTo(note);
		assertThat(CachedPage.of(bytes("{\n  \"a\": 1\n}"), "application/json", null, null, null, true).length(""))
			.isEqualTo(bytes("{\n  \"a\": 1\n}").length);
	}

	@Test
	void keepsWhatIsTheSameForEveryVisitorOnly() {
		assertThat(PageCacheFilter.key(request("GET", "/roles/machine-learning-engineer", null)))
			.isEqualTo(new PageCacheFilter.Key("/roles/machine-learning-engineer", true));
		assertThat(PageCacheFilter.key(request("GET", "/salaries", "regions=in&basis=ppp")))
			.isEqualTo(new PageCacheFilter.Key("/salaries?regions=in&basis=ppp", true));
		assertThat(PageCacheFilter.key(request("HEAD", "/", null))).isEqualTo(new PageCacheFilter.Key("/", true));
		assertThat(PageCacheFilter.key(request("POST", "/roadmaps/machine-learning-engineer/steps/1/progress", null)))
			.isNull();
		assertThat(PageCacheFilter.key(request("GET", "/roadmaps/machine-learning-engineer/progress.json", null)))
			.isNull();
		assertThat(PageCacheFilter.key(request("GET", "/salaries.csv", null))).isNull();
		assertThat(PageCacheFilter.key(request("GET", "/actuator/health", null))).isNull();
		assertThat(PageCacheFilter.key(request("GET", "/search", "q=" + "x".repeat(1100)))).isNull();
		MockHttpServletRequest visitor = request("GET", "/roadmaps/machine-learning-engineer", null);
		visitor.setCookies(new jakarta.servlet.http.Cookie("mlc_visitor", "token"));
		assertThat(PageCacheFilter.key(visitor)).isNull();
		MockHttpServletRequest visitorOnRole = request("GET", "/roles/machine-learning-engineer", null);
		visitorOnRole.setCookies(new jakarta.servlet.http.Cookie("mlc_visitor", "token"));
		assertThat(PageCacheFilter.key(visitorOnRole))
			.isEqualTo(new PageCacheFilter.Key("/roles/machine-learning-engineer", true));
	}

	@Test
	void servesAKeptPageOnlyToRequestsThatAcceptItsType() {
		assertThat(PageCacheFilter.accepts(accepting("text/html,application/xhtml+xml,*/*;q=0.8"), HTML)).isTrue();
		assertThat(PageCacheFilter.accepts(accepting(null), "application/json")).isTrue();
		assertThat(PageCacheFilter.accepts(accepting("application/json"), "application/json")).isTrue();
		assertThat(PageCacheFilter.accepts(accepting("text/html"), "application/json")).isFalse();
		assertThat(PageCacheFilter.accepts(accepting("not a type"), HTML)).isFalse();
	}

	@Test
	void readsAcceptEncodingAndIfNoneMatch() {
		assertThat(PageCacheFilter.acceptsGzip(encoding("gzip, deflate, br"))).isTrue();
		assertThat(PageCacheFilter.acceptsGzip(encoding("br;q=1.0, gzip;q=0.5"))).isTrue();
		assertThat(PageCacheFilter.acceptsGzip(encoding("gzip;q=0"))).isFalse();
		assertThat(PageCacheFilter.acceptsGzip(encoding("identity"))).isFalse();
		assertThat(PageCacheFilter.acceptsGzip(encoding(null))).isFalse();
		CachedPage page = CachedPage.of(bytes("<p>" + "x".repeat(2000) + "</p>"), HTML, null, null, null, true);
		assertThat(PageCacheFilter.matches(page.etag(), page)).isTrue();
		assertThat(PageCacheFilter.matches("\"other\", W/" + page.gzipEtag(), page)).isTrue();
		assertThat(PageCacheFilter.matches("*", page)).isTrue();
		assertThat(PageCacheFilter.matches("\"other\"", page)).isFalse();
		assertThat(PageCacheFilter.matches(null, page)).isFalse();
	}

	private static MockHttpServletRequest request(String method, String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setQueryString(query);
		return request;
	}

	private static MockHttpServletRequest accepting(String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

	private static MockHttpServletRequest encoding(String encodings) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (encodings != null) {
			request.addHeader("Accept-Encoding", encodings);
		}
		return request;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
