package dev.mlcareers.portal.system;

import java.util.List;
import java.util.ArrayList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import dev.mlcareers.portal.system.CachedPage.Scope;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept pages, and who the page cache serves them to. */
class CachedPageTests {

	static final String HTML = "text/html;charset=UTF-8";

	static final String PUBLIC = "no-cache, public";

	@Test
	void givesEveryResponseOfAPageWithAFormItsOwnTokenCutAtTheTokenItWasGiven() throws IOException {
		String rendered = "<form><input type=\"hidden\" name=\"_csrf\" value=\"TOKEN-A\"/></form>"
				+ "<form action=\"/x\"><input name=\"_csrf\" type=\"hidden\" value=\"TOKEN-A\"></form>";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, null, null, Scope.EVERYONE, "TOKEN-A");
		assertThat(page.hasFormToken()).isTrue();
		assertThat(page.storableDownstream()).isFalse();
		assertThat(page.etag()).isNull();
		assertThat(page.gzip()).isNull();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out, "TOKEN-BB");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(rendered.replace("TOKEN-A", "TOKEN-BB"))
			.doesNotContain("TOKEN-A");
		assertThat(page.length("TOKEN-BB")).isEqualTo(out.size());
	}

	@Test
	void cutsAPageAtItsTokenWhateverCharactersStandAroundIt() throws IOException {
		String rendered = "<p>₹ 12 lakh – “Notes” é</p><input value=\"TOKEN-A\">ü<input value=\"TOKEN-A\">";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, null, null, Scope.EVERYONE, "TOKEN-A");
		assertThat(page.segments()).hasSize(3);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out, "Z");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(rendered.replace("TOKEN-A", "Z"));
		assertThat(page.length("Z")).isEqualTo(out.size());
	}

	/** A token that opens or ends the page is cut like any other (found in review). */
	@Test
	void cutsAPageAtATokenThatOpensOrEndsIt() throws IOException {
		String rendered = "TOKEN-A<p>é</p>TOKEN-A";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, null, null, Scope.EVERYONE, "TOKEN-A");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out, "Z");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Z<p>é</p>Z");
		assertThat(page.length("Z")).isEqualTo(out.size());
	}

	@Test
	void servesARenderingOnceAsRenderedWithTheTagAndCompressedCopyItWouldBeKeptWith() throws IOException {
		String form = "<form><input name=\"_csrf\" value=\"TOKEN-A\"></form>" + "x".repeat(2000);
		CachedPage once = CachedPage.servedOnce(bytes(form), HTML, null, PUBLIC, null, null, Scope.EVERYONE, "TOKEN-A");
		assertThat(once.hasFormToken()).as("its own request's token stands in it").isFalse();
		assertThat(once.storableDownstream()).isFalse();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		once.writeTo(out, "");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(form);
		assertThat(CachedPage.servedOnce(bytes(form), HTML, null, PUBLIC, null, null, Scope.EVERYONE, "TOKEN-B"))
			.as("given a token it does not hold")
			.isNull();

		String rendered = "<p>" + "Python ".repeat(400) + "</p>";
		CachedPage served = CachedPage.servedOnce(bytes(rendered), HTML, null, PUBLIC, null, null, Scope.EVERYONE,
				null);
		CachedPage kept = shared(rendered, HTML);
		assertThat(served.gzip()).as("not compressed until a client asks").isNull();
		assertThat(served.compressible()).isTrue();
		assertThat(served.etag()).isEqualTo(kept.etag());
		assertThat(served.gzipped()).isEqualTo(kept.gzip()).isEqualTo(kept.gzipped());
		assertThat(served.weight()).isLessThan(kept.weight());
		assertThat(
				CachedPage.servedOnce(bytes("{}"), "application/json", null, PUBLIC, null, null, Scope.EVERYONE, null)
					.compressible())
			.isFalse();
	}

	@Test
	void refusesToKeepAPageWhoseTokenWasGivenButCannotBeFound() {
		String rendered = "<form><input type=\"hidden\" name=\"_csrf\" value=\"T&#45;A\"/></form>";
		assertThat(CachedPage.of(bytes(rendered), HTML, null, PUBLIC, null, null, Scope.EVERYONE, "T-A")).isNull();
	}

	@Test
	void tagsEveryBodyWithThirtyTwoHexadecimalDigitsAfterTheSchemeVersion() {
		Random random = new Random(25);
		Set<String> tags = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			byte[] body = new byte[random.nextInt(4096)];
			random.nextBytes(body);
			String tag = CachedPage.tag(body);
			assertThat(tag).matches("\"1[0-9a-f]{32}\"");
			tags.add(tag);
		}
		assertThat(tags).as("distinct bodies, distinct tags").hasSize(500);
		assertThat(CachedPage.tag(bytes("<p>Python</p>"))).isEqualTo(CachedPage.tag(bytes("<p>Python</p>")))
			.isNotEqualTo(CachedPage.tag(bytes("<p>Python.</p>")));
	}

	@Test
	void tagsAndCompressesAPageWithoutAFormOnce() throws IOException {
		String rendered = "<p>" + "Python ".repeat(400) + "</p>";
		CachedPage page = shared(rendered, HTML);
		assertThat(page.hasFormToken()).isFalse();
		assertThat(page.storableDownstream()).isTrue();
		assertThat(page.etag()).matches("\"1[0-9a-f]{32}\"");
		assertThat(page.gzipEtag()).isEqualTo(page.etag().replace("\"", "").transform((tag) -> "\"" + tag + "-gzip\""));
		assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(page.gzip())).readAllBytes(),
				StandardCharsets.UTF_8))
			.isEqualTo(rendered);
		assertThat(shared(rendered, HTML).etag()).isEqualTo(page.etag());
		assertThat(shared(rendered + " ", HTML).etag()).isNotEqualTo(page.etag());
		assertThat(shared("{}", "application/json").gzip()).isNull();
	}

	@Test
	void keepsAPageForOneVisitorWithoutTagOrCompressedCopy() {
		String rendered = "<p>" + "Python ".repeat(400) + "</p>";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, "Cookie", null, Scope.ONE_VISITOR, null);
		assertThat(page.hasFormToken()).isFalse();
		assertThat(page.storableDownstream()).isFalse();
		assertThat(page.etag()).isNull();
		assertThat(page.gzip()).isNull();
		assertThat(page.length("")).isEqualTo(bytes(rendered).length);
	}

	@Test
	void keepsEveryByteAsRenderedBlankLinesOfNotesIncluded() throws IOException {
		String rendered = "<ul>\n    <li>a</li>  \n\n    <li>b</li>\n</ul><p class=\"note\">first\n\n\n   third</p>";
		CachedPage page = CachedPage.of(bytes(rendered), HTML, null, null, null, null, Scope.ONE_VISITOR, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out, "");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(rendered);
		assertThat(shared(rendered, HTML).length("")).isEqualTo(bytes(rendered).length);
	}

	@Test
	void servesAPageOnlyToWhomItsScopeAllows() {
		PageCache cache = new PageCache(1 << 20, 1 << 20, keys(new StaticListableBeanFactory()));
		MockHttpServletRequest anyone = request("GET", "/roles/x", null);
		keep(cache, anyone, shared("<p>role</p>", HTML));
		assertThat(cache.find(anyone)).as("rendered once: not kept yet").isNull();
		keep(cache, anyone, shared("<p>role</p>", HTML));
		assertThat(cache.find(anyone)).isNotNull();
		assertThat(cache.find(withCookie(request("GET", "/roles/x", null), "mlc_visitor", "a"))).isNotNull();
		assertThat(cache.find(request("GET", "/roles/x", "u=1"))).as("another spelling").isNull();
		assertThat(cache.find(request("GET", "/%72oles/x", null))).as("another spelling").isNull();

		CachedPage nobodys = CachedPage.of(bytes("<p>no progress</p>"), HTML, null, null, "Cookie", null,
				Scope.WITHOUT_VISITOR_COOKIES, null);
		keep(cache, request("GET", "/roadmaps/r", null), nobodys);
		keep(cache, request("GET", "/roadmaps/r", null), nobodys);
		assertThat(cache.find(request("GET", "/roadmaps/r", null))).isSameAs(nobodys);
		assertThat(cache.find(withCookie(request("GET", "/roadmaps/r", null), SecurityConfig.CSRF_COOKIE_NAME, "t")))
			.as("the CSRF cookie is no visitor's data")
			.isSameAs(nobodys);
		assertThat(cache.find(withCookie(request("GET", "/roadmaps/r", null), "mlc_visitor", "a"))).isNull();
		assertThat(cache.find(withCookie(request("GET", "/roadmaps/r", null), "other", "a"))).isNull();
	}

	@Test
	void keepsAVisitorsPageUnderTheKeyOfTheirDataOnly() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("keys", (VisitorKeys) (request) -> Optional.ofNullable(request.getHeader("X-Test-Key")));
		PageCache cache = new PageCache(1 << 20, 1 << 20, keys(beans));
		CachedPage alices = CachedPage.of(bytes("<p>Alice's note</p>"), HTML, null, null, "Cookie", null,
				Scope.ONE_VISITOR, null);
		MockHttpServletRequest alice = withCookie(request("GET", "/roadmaps/r", null), "mlc_visitor", "a");
		alice.addHeader("X-Test-Key", "alice 1");
		keep(cache, alice, alices);
		assertThat(cache.find(alice)).isSameAs(alices);
		MockHttpServletRequest aliceLater = withCookie(request("GET", "/roadmaps/r", null), "mlc_visitor", "a");
		aliceLater.addHeader("X-Test-Key", "alice 2");
		assertThat(cache.find(aliceLater)).as("after her next save").isNull();
		MockHttpServletRequest bob = withCookie(request("GET", "/roadmaps/r", null), "mlc_visitor", "b");
		bob.addHeader("X-Test-Key", "bob 1");
		assertThat(cache.find(bob)).isNull();
		assertThat(cache.find(request("GET", "/roadmaps/r", null))).isNull();
		MockHttpServletRequest unkeyed = withCookie(request("GET", "/roadmaps/s", null), "mlc_visitor", "c");
		keep(cache, unkeyed, alices);
		assertThat(cache.find(unkeyed)).as("a visitor without a key gets nothing kept").isNull();
		assertThat(cache.sizes()).containsExactly(0, 1);
	}

	@Test
	void forgetsEveryPageKeptForAVisitorWhoseDataWasErased() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("keys", (VisitorKeys) (request) -> Optional.ofNullable(request.getHeader("X-Test-Key")));
		PageCache cache = new PageCache(1 << 20, 1 << 20, keys(beans));
		CachedPage page = CachedPage.of(bytes("<p>a note</p>"), HTML, null, null, "Cookie", null, Scope.ONE_VISITOR,
				null);
		List<MockHttpServletRequest> requests = new ArrayList<>();
		for (String key : new String[] { "alice tag1", "alice tag2", "alicia tag1", "bob tag1" }) {
			for (String path : new String[] { "/roadmaps/r", "/roles/x" }) {
				MockHttpServletRequest request = withCookie(request("GET", path, null), "mlc_visitor", "v");
				request.addHeader("X-Test-Key", key);
				keep(cache, request, page);
				requests.add(request);
			}
		}
		assertThat(cache.sizes()).containsExactly(0, 8);
		cache.forgetVisitor("alice ");
		assertThat(cache.sizes()).containsExactly(0, 4);
		assertThat(requests).filteredOn((request) -> request.getHeader("X-Test-Key").startsWith("alice "))
			.allSatisfy((request) -> assertThat(cache.find(request)).isNull());
		assertThat(requests).filteredOn((request) -> !request.getHeader("X-Test-Key").startsWith("alice "))
			.allSatisfy((request) -> assertThat(cache.find(request)).isSameAs(page));
	}

	@Test
	void keepsItsPopularPagesThroughAFloodOfDistinctAddresses() {
		// Room for some fifty pages of a kilobyte.
		PageCache cache = new PageCache(64 << 10, 1 << 20, keys(new StaticListableBeanFactory()));
		MockHttpServletRequest popular = request("GET", "/roles/machine-learning-engineer", null);
		CachedPage flagship = shared("<p>" + "flagship ".repeat(100) + "</p>", HTML);
		keep(cache, popular, flagship);
		keep(cache, popular, flagship);
		for (int i = 0; i < 40; i++) {
			MockHttpServletRequest other = request("GET", "/skills/s" + i, null);
			keep(cache, other, shared("<p>" + "skill ".repeat(200) + i + "</p>", HTML));
			keep(cache, other, shared("<p>" + "skill ".repeat(200) + i + "</p>", HTML));
		}
		cache.sizes();
		// Read often, as the flagship is.
		for (int i = 0; i < 10; i++) {
			assertThat(cache.find(popular)).isSameAs(flagship);
			cache.sizes();
		}
		for (int i = 0; i < 10_000; i++) {
			keep(cache, request("GET", "/search", "q=once" + i),
					shared("<p>" + "once ".repeat(200) + i + "</p>", HTML));
		}
		assertThat(cache.sizes()[0]).as("addresses asked for once take no room").isEqualTo(41);
		// Between two readers of the popular page, a hundred pages asked for twice: more
		// than the cache holds, so that the least recently used page would go each time.
		for (int i = 0; i < 5_000; i++) {
			if (i % 100 == 0) {
				assertThat(cache.find(popular)).as("the popular page after %d others", i).isSameAs(flagship);
				cache.sizes();
			}
			MockHttpServletRequest twice = request("GET", "/search", "q=twice" + i);
			CachedPage page = shared("<p>" + "twice ".repeat(200) + i + "</p>", HTML);
			keep(cache, twice, page);
			keep(cache, twice, page);
		}
		assertThat(cache.sizes()[0]).as("pages asked for twice were kept, up to the bound").isGreaterThan(10);
		assertThat(cache.find(popular)).isSameAs(flagship);
	}

	@Test
	void keepsNothingUnderAnAddressTooLongToBeAPage() {
		PageCache cache = new PageCache(1 << 20, 1 << 20, keys(new StaticListableBeanFactory()));
		MockHttpServletRequest request = request("GET", "/search", "q=" + "x".repeat(PageCache.MAX_ADDRESS_LENGTH));
		keep(cache, request, shared("<p>x</p>", HTML));
		keep(cache, request, shared("<p>x</p>", HTML));
		assertThat(cache.find(request)).isNull();
		assertThat(cache.sizes()).containsExactly(0, 0);
	}

	/** As the page cache's filter keeps a rendering: when the cache admits it. */
	private static void keep(PageCache cache, MockHttpServletRequest request, CachedPage page) {
		if (cache.admits(request, page.scope())) {
			cache.put(request, page);
		}
	}

	private static CachedPage shared(String rendered, String type) {
		return CachedPage.of(bytes(rendered), type, null, PUBLIC, null, null, Scope.EVERYONE, null);
	}

	private static ObjectProvider<VisitorKeys> keys(StaticListableBeanFactory beans) {
		return beans.getBeanProvider(VisitorKeys.class);
	}

	private static MockHttpServletRequest withCookie(MockHttpServletRequest request, String name, String value) {
		request.setCookies(new Cookie(name, value));
		return request;
	}

	@Test
	void servesAKeptPageOnlyToRequestsThatAcceptItsType() {
		assertThat(PageCacheFilter.accepts(accepting("text/html,application/xhtml+xml,*/*;q=0.8"), HTML)).isTrue();
		assertThat(PageCacheFilter.accepts(accepting(null), "application/json")).isTrue();
		assertThat(PageCacheFilter.accepts(accepting("application/json"), "application/json")).isTrue();
		assertThat(PageCacheFilter.accepts(accepting("text/html"), "application/json")).isFalse();
		assertThat(PageCacheFilter.accepts(accepting("not a type"), "application/json")).isFalse();
		assertThat(PageCacheFilter.accepts(accepting("application/json"), HTML))
			.as("a page is rendered as HTML whatever is asked, so the kept one is served")
			.isTrue();
	}

	@Test
	void readsAcceptEncodingAndIfNoneMatch() {
		assertThat(PageCacheFilter.acceptsGzip(encoding("gzip, deflate, br"))).isTrue();
		assertThat(PageCacheFilter.acceptsGzip(encoding("br;q=1.0, gzip;q=0.5"))).isTrue();
		assertThat(PageCacheFilter.acceptsGzip(encoding("gzip;q=0"))).isFalse();
		assertThat(PageCacheFilter.acceptsGzip(encoding("identity"))).isFalse();
		assertThat(PageCacheFilter.acceptsGzip(encoding(null))).isFalse();
		CachedPage page = shared("<p>" + "x".repeat(2000) + "</p>", HTML);
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
