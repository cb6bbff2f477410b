package dev.mlcareers.portal.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept pages served ahead of Spring Security: with its headers and, on a page with a
 * form, a token of the request's own; anything not kept goes on to the filters.
 */
class PageCacheHitFilterTests {

	static final String HTML = "text/html;charset=UTF-8";

	final PageCache pages = new PageCache(1 << 20, 1 << 20,
			new StaticListableBeanFactory().getBeanProvider(VisitorKeys.class));

	final PageCacheHitFilter filter = new PageCacheHitFilter(this.pages,
			new StaticHeadersWriter("X-Frame-Options", "DENY"), new CookieCsrfTokenRepository(),
			new XorCsrfTokenRequestAttributeHandler());

	@Test
	void servesAKeptPageWithTheSecurityHeadersWithoutGoingOn() throws Exception {
		keep("/roles/data-scientist", "<p>kept</p>");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/roles/data-scientist"), response, refusing());
		assertThat(response.getContentAsString()).isEqualTo("<p>kept</p>");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Cache-Control")).isEqualTo(PagePolicyInterceptor.PUBLIC);
		assertThat(response.getHeader("ETag")).isNotNull();
	}

	@Test
	void answersAMatchingIfNoneMatchWith304AndTheSecurityHeaders() throws Exception {
		CachedPage page = keep("/roles/data-scientist", "<p>kept</p>");
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roles/data-scientist");
		request.addHeader("If-None-Match", page.etag());
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, refusing());
		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void givesAKeptPageWithAFormANewTokenWithItsCookieOrTheOneInTheCookie() throws Exception {
		CachedPage form = CachedPage.of(
				"<form><input type=\"hidden\" name=\"_csrf\" value=\"rendered-token\"></form>"
					.getBytes(StandardCharsets.UTF_8),
				HTML, null, null, "Cookie", null, CachedPage.Scope.WITHOUT_VISITOR_COOKIES, "rendered-token");
		this.pages.put(new MockHttpServletRequest("GET", "/roadmaps/machine-learning-engineer/steps/1"), form);
		MockHttpServletResponse newcomer = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/roadmaps/machine-learning-engineer/steps/1"), newcomer,
				refusing());
		Cookie issued = newcomer.getCookie("XSRF-TOKEN");
		assertThat(issued).isNotNull();
		assertThat(newcomer.getContentAsString()).doesNotContain("rendered-token").contains("name=\"_csrf\" value=\"");
		assertThat(newcomer.getHeader("ETag")).isNull();

		MockHttpServletRequest returning = new MockHttpServletRequest("GET",
				"/roadmaps/machine-learning-engineer/steps/1");
		returning.setCookies(issued);
		MockHttpServletResponse again = new MockHttpServletResponse();
		this.filter.doFilter(returning, again, refusing());
		assertThat(again.getCookie("XSRF-TOKEN")).isNull();
		assertThat(again.getContentAsString()).doesNotContain("rendered-token");
	}

	@Test
	void passesOnWhatIsNotKeptOrNotAcceptable() throws Exception {
		keep("/api/v1/roles", "{}", "application/json");
		MockFilterChain notKept = new MockFilterChain();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/roles/data-scientist"), new MockHttpServletResponse(),
				notKept);
		assertThat(notKept.getRequest()).isNotNull();
		MockHttpServletRequest html = new MockHttpServletRequest("GET", "/api/v1/roles");
		html.addHeader("Accept", "text/html");
		MockFilterChain notAcceptable = new MockFilterChain();
		this.filter.doFilter(html, new MockHttpServletResponse(), notAcceptable);
		assertThat(notAcceptable.getRequest()).isNotNull();
		MockFilterChain post = new MockFilterChain();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/roles"), new MockHttpServletResponse(), post);
		assertThat(post.getRequest()).isNotNull();
	}

	private CachedPage keep(String path, String body) {
		return keep(path, body, HTML);
	}

	private CachedPage keep(String path, String body, String contentType) {
		CachedPage page = CachedPage.of(body.getBytes(StandardCharsets.UTF_8), contentType, null,
				PagePolicyInterceptor.PUBLIC, null, null, CachedPage.Scope.EVERYONE, null);
		this.pages.put(new MockHttpServletRequest("GET", path), page);
		return page;
	}

	private static FilterChain refusing() {
		return (request, response) -> {
			throw new AssertionError("the request went on to the filters");
		};
	}

}
