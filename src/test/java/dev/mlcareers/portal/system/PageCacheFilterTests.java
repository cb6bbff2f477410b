package dev.mlcareers.portal.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests the page cache answers from memory, and under which key: pages every
 * visitor shares once per address, a visitor's roadmap pages once per save of theirs.
 */
class PageCacheFilterTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	static final String ALICE = "a".repeat(43);

	static final String BOB = "b".repeat(43);

	final PageCacheFilter filter = new PageCacheFilter(new PageCache(1 << 20, 1 << 20));

	final AtomicInteger renderings = new AtomicInteger();

	@Test
	void rendersAVisitorsRoadmapPageOncePerSave() throws Exception {
		assertThat(body(visitor(ALICE, "tag1"))).isEqualTo("<p>rendering 1</p>");
		MockHttpServletResponse again = respond(visitor(ALICE, "tag1"));
		assertThat(again.getContentAsString()).isEqualTo("<p>rendering 1</p>");
		assertThat(again.getHeader("ETag")).isNull();
		assertThat(again.getHeader("Cache-Control")).isNull();
		assertThat(body(visitor(ALICE, "tag2"))).isEqualTo("<p>rendering 2</p>");
		assertThat(body(visitor(BOB, "tag1"))).isEqualTo("<p>rendering 3</p>");
		assertThat(body(visitor(ALICE, "tag2"))).isEqualTo("<p>rendering 2</p>");
		assertThat(this.renderings).hasValue(3);
	}

	@Test
	void rendersAVisitorsRoadmapPageEveryTimeWithoutATagOfTheirLatestSave() throws Exception {
		MockHttpServletRequest untagged = new MockHttpServletRequest("GET", ROADMAP);
		untagged.setCookies(new Cookie("mlc_visitor", ALICE));
		body(untagged);
		body(untagged);
		body(visitor(ALICE, "not a tag"));
		body(visitor(ALICE, "not a tag"));
		assertThat(this.renderings).hasValue(4);
	}

	@Test
	void sharesAPageWithoutProgressOnAmongAllVisitors() throws Exception {
		assertThat(body(new MockHttpServletRequest("GET", ROADMAP))).isEqualTo("<p>rendering 1</p>");
		MockHttpServletResponse shared = respond(new MockHttpServletRequest("GET", ROADMAP));
		assertThat(shared.getContentAsString()).isEqualTo("<p>rendering 1</p>");
		assertThat(shared.getHeader("ETag")).isNotNull();
		assertThat(body(visitor(ALICE, "tag1"))).isEqualTo("<p>rendering 2</p>");
		MockHttpServletRequest role = new MockHttpServletRequest("GET", "/roles/data-scientist");
		role.setCookies(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag1"));
		body(role);
		body(new MockHttpServletRequest("GET", "/roles/data-scientist"));
		assertThat(this.renderings).hasValue(3);
	}

	@Test
	void keysAVisitorsPagesByTheirTokensHashAndTheirLatestSave() {
		PageCacheFilter.Key key = PageCacheFilter.key(visitor(ALICE, "tag1"));
		assertThat(key.shared()).isFalse();
		assertThat(key.value()).startsWith(ROADMAP + " ").endsWith(" tag1").doesNotContain(ALICE);
		assertThat(PageCacheFilter.key(visitor(ALICE, "tag1"))).isEqualTo(key);
		assertThat(PageCacheFilter.key(visitor(ALICE, "tag2"))).isNotEqualTo(key);
		assertThat(PageCacheFilter.key(visitor(BOB, "tag1"))).isNotEqualTo(key);
		assertThat(PageCacheFilter.key(visitor(ALICE, "x".repeat(65)))).isNull();
		assertThat(PageCacheFilter.key(visitor("not a token", "tag1"))).isNull();
		MockHttpServletRequest role = new MockHttpServletRequest("GET", "/roles/data-scientist");
		role.setCookies(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag1"));
		assertThat(PageCacheFilter.key(role)).isEqualTo(new PageCacheFilter.Key("/roles/data-scientist", true));
		MockHttpServletRequest post = visitor(ALICE, "tag1");
		post.setMethod("POST");
		assertThat(PageCacheFilter.key(post)).isNull();
	}

	private static MockHttpServletRequest visitor(String token, String savedTag) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", ROADMAP);
		request.setCookies(new Cookie("mlc_visitor", token), new Cookie("mlc_saved", savedTag));
		return request;
	}

	private String body(MockHttpServletRequest request) throws Exception {
		return respond(request).getContentAsString();
	}

	private MockHttpServletResponse respond(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain render = (req, res) -> {
			res.setContentType("text/html;charset=UTF-8");
			res.getOutputStream()
				.write(("<p>rendering " + this.renderings.incrementAndGet() + "</p>").getBytes(StandardCharsets.UTF_8));
		};
		this.filter.doFilter(request, response, render);
		return response;
	}

}
