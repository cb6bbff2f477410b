package dev.mlcareers.portal.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page declared shared whose handler or view read a visitor's cookies after all is
 * never left storable by caches after the portal, with the page cache off as well as on
 * (its filter is then the only one): marked on its way out, however large the page and
 * however it was written.
 */
class PagePolicyFilterTests {

	final PagePolicyFilter filter = new PagePolicyFilter();

	@ParameterizedTest
	@ValueSource(ints = { 0, 100, 100_000 })
	void marksASharedPageRenderedFromAVisitorsCookiesNotToBeStored(int bodyBytes) throws Exception {
		MockHttpServletResponse response = respond(visitor(), sharedPage(true, bodyBytes));
		assertThat(response.getHeader("Cache-Control")).isEqualTo(PagePolicyFilter.NOT_STORED);
		assertThat(response.getHeaders("Vary")).containsExactly("Accept-Encoding", "Cookie");
		assertThat(response.getContentAsByteArray()).hasSize(bodyBytes);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 100_000 })
	void leavesASharedPageAsDeclaredWhenItsHandlerReadNoCookie(int bodyBytes) throws Exception {
		MockHttpServletResponse response = respond(visitor(), sharedPage(false, bodyBytes));
		assertThat(response.getHeader("Cache-Control")).isEqualTo(PagePolicyInterceptor.PUBLIC);
		assertThat(response.getHeaders("Vary")).containsExactly("Accept-Encoding");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 100_000 })
	void letsASharedPageReadTheCookiesOfARequestWithoutAVisitorsButVariesByThem(int bodyBytes) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roles");
		request.setCookies(new Cookie(SecurityConfig.CSRF_COOKIE_NAME, "token"));
		MockHttpServletResponse response = respond(request, sharedPage(true, bodyBytes));
		assertThat(response.getHeader("Cache-Control")).isEqualTo(PagePolicyInterceptor.PUBLIC);
		assertThat(response.getHeaders("Vary")).containsExactly("Accept-Encoding", "Cookie");
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT" })
	void watchesOnlyTheMethodsWhosePagesAreDeclared(String method) throws Exception {
		MockHttpServletRequest request = visitor();
		request.setMethod(method);
		MockHttpServletResponse response = respond(request, sharedPage(true, 10));
		assertThat(response.getHeader("Cache-Control")).isEqualTo(PagePolicyInterceptor.PUBLIC);
	}

	private MockHttpServletResponse respond(MockHttpServletRequest request, FilterChain handler) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setBufferSize(8192);
		this.filter.doFilter(request, response, handler);
		return response;
	}

	private static MockHttpServletRequest visitor() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roles");
		request.setCookies(new Cookie("mlc_visitor", "alice"));
		return request;
	}

	/**
	 * A handler declared shared, as the interceptor leaves it, that may read the cookies
	 * and writes a body of the given size.
	 */
	private static FilterChain sharedPage(boolean readsCookies, int bodyBytes) {
		return (req, res) -> {
			HttpServletRequest request = (HttpServletRequest) req;
			HttpServletResponse response = (HttpServletResponse) res;
			request.setAttribute(PagePolicy.ATTRIBUTE, PagePolicy.SHARED);
			response.setHeader("Cache-Control", PagePolicyInterceptor.PUBLIC);
			response.addHeader("Vary", "Accept-Encoding");
			if (readsCookies) {
				request.getCookies();
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write("x".repeat(bodyBytes).getBytes(StandardCharsets.UTF_8));
		};
	}

}
