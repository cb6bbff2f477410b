package dev.mlcareers.portal.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.util.WebUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page cache keeps of a rendering, and for whom: only what the handler declared,
 * only under its canonical address, a page whose handler read a visitor's cookies never
 * for anyone else, and a visitor's own page once per version of their data.
 */
class PageCacheFilterTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	final PageCache pages;

	final PageCacheFilter filter;

	final PagePolicyFilter policy = new PagePolicyFilter();

	final AtomicInteger renderings = new AtomicInteger();

	PageCacheFilterTests() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		// As the roadmap's keys: the visitor's token and save tag, if both are there.
		beans.addBean("keys",
				(VisitorKeys) (request) -> Optional.ofNullable(WebUtils.getCookie(request, "mlc_visitor"))
					.flatMap((visitor) -> Optional.ofNullable(WebUtils.getCookie(request, "mlc_saved"))
						.map((saved) -> visitor.getValue() + " " + saved.getValue())));
		this.pages = new PageCache(1 << 20, 1 << 20, beans.getBeanProvider(VisitorKeys.class));
		this.filter = new PageCacheFilter(this.pages);
	}

	@Test
	void keepsNothingItsHandlerDidNotDeclare() throws Exception {
		Handler undeclared = new Handler(null, false, PagePolicyInterceptor.PUBLIC);
		body(get("/roles/x"), undeclared);
		body(get("/roles/x"), undeclared);
		assertThat(this.renderings).hasValue(2);
		assertThat(this.pages.sizes()).containsExactly(0, 0);
	}

	@Test
	void keepsASharedPageUnderItsCanonicalAddressForEveryoneOnceItIsAskedForAgain() throws Exception {
		Handler shared = new Handler(PagePolicy.SHARED, false, PagePolicyInterceptor.PUBLIC);
		MockHttpServletResponse first = respond(get("/roles/x"), shared);
		assertThat(first.getContentAsString()).isEqualTo("<p>rendering 1</p>");
		assertThat(first.getHeader("ETag")).as("served as a kept page would be").isNotNull();
		assertThat(this.pages.sizes()).as("but not kept the first time").containsExactly(0, 0);
		assertThat(body(get("/roles/x"), shared)).isEqualTo("<p>rendering 2</p>");
		MockHttpServletResponse again = respond(visitor("/roles/x", "alice", "tag1"), shared);
		assertThat(again.getContentAsString()).isEqualTo("<p>rendering 2</p>");
		assertThat(again.getHeader("ETag")).isNotNull();
		assertThat(again.getHeader("Cache-Control")).isEqualTo(PagePolicyInterceptor.PUBLIC);
		assertThat(this.renderings).hasValue(2);
		assertThat(this.pages.sizes()).containsExactly(1, 0);
	}

	@Test
	void neverKeepsAPageUnderASpellingThatIsNotItsCanonicalAddress() throws Exception {
		Handler shared = new Handler(PagePolicy.SHARED, false, PagePolicyInterceptor.PUBLIC);
		for (MockHttpServletRequest request : new MockHttpServletRequest[] { get("/%72oles/x"), get("/roles/x/"),
				get("/roles/x", "u=1"), get("/roles/x", "") }) {
			body(request, shared.canonical("/roles/x"));
			body(request, shared.canonical("/roles/x"));
		}
		assertThat(this.renderings).hasValue(8);
		assertThat(this.pages.sizes()).containsExactly(0, 0);
	}

	@Test
	void neverKeepsForOthersAPageWhoseHandlerReadAVisitorsCookiesWhateverItDeclared() throws Exception {
		Handler readsCookies = new Handler(PagePolicy.SHARED, true, PagePolicyInterceptor.PUBLIC);
		body(visitor("/roles/x", "alice", "tag1"), readsCookies);
		MockHttpServletResponse nobodys = respond(get("/roles/x"), readsCookies);
		assertThat(nobodys.getContentAsString()).isEqualTo("<p>rendering 2</p>");
		assertThat(nobodys.getHeader("Vary")).as("caches after this one tell cookies apart too").contains("Cookie");
		assertThat(body(get("/roles/x"), readsCookies)).isEqualTo("<p>rendering 3</p>");
		assertThat(body(get("/roles/x"), readsCookies)).as("kept for requests without cookies")
			.isEqualTo("<p>rendering 3</p>");
		MockHttpServletResponse bobs = respond(visitor("/roles/x", "bob", "tag1"), readsCookies);
		assertThat(bobs.getContentAsString()).isEqualTo("<p>rendering 4</p>");
		assertThat(bobs.getHeader("Cache-Control")).as("nor kept by any cache after this one")
			.isEqualTo(PagePolicyFilter.NOT_STORED);
		assertThat(bobs.getHeaders("Vary")).contains("Cookie");
		assertThat(this.renderings).hasValue(4);
	}

	@Test
	void keepsNoSharedPageWhoseHandlerSaidOtherwise() throws Exception {
		for (String cacheControl : new String[] { "private, no-cache", "no-store", "public, no-store", null }) {
			Handler handler = new Handler(PagePolicy.SHARED, false, cacheControl);
			body(get("/roles/x"), handler);
			body(get("/roles/x"), handler);
		}
		assertThat(this.renderings).hasValue(8);
	}

	@Test
	void keepsAVisitorsPersonalPageForThemAloneOncePerVersionOfTheirData() throws Exception {
		Handler personal = new Handler(PagePolicy.PERSONAL, true, null);
		assertThat(body(visitor(ROADMAP, "alice", "tag1"), personal)).isEqualTo("<p>rendering 1</p>");
		MockHttpServletResponse again = respond(visitor(ROADMAP, "alice", "tag1"), personal);
		assertThat(again.getContentAsString()).isEqualTo("<p>rendering 1</p>");
		assertThat(again.getHeader("ETag")).isNull();
		assertThat(again.getHeader("Cache-Control")).isNull();
		assertThat(body(visitor(ROADMAP, "alice", "tag2"), personal)).isEqualTo("<p>rendering 2</p>");
		assertThat(body(visitor(ROADMAP, "bob", "tag1"), personal)).isEqualTo("<p>rendering 3</p>");
		assertThat(body(get(ROADMAP), personal)).isEqualTo("<p>rendering 4</p>");
		assertThat(body(visitor(ROADMAP, "alice", "tag2"), personal)).isEqualTo("<p>rendering 2</p>");
		assertThat(this.renderings).hasValue(4);
	}

	@Test
	void rendersAPersonalPageEveryTimeForAVisitorWhoseDataHasNoKey() throws Exception {
		Handler personal = new Handler(PagePolicy.PERSONAL, true, null);
		MockHttpServletRequest untagged = get(ROADMAP);
		untagged.setCookies(new Cookie("mlc_visitor", "alice"));
		body(untagged, personal);
		body(untagged, personal);
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void keepsAPersonalPageShowingNobodysDataOnlyForRequestsWithoutAVisitorsCookies() throws Exception {
		Handler personal = new Handler(PagePolicy.PERSONAL, true, null);
		assertThat(body(get(ROADMAP), personal)).isEqualTo("<p>rendering 1</p>");
		assertThat(body(get(ROADMAP), personal)).as("kept when asked for again").isEqualTo("<p>rendering 2</p>");
		MockHttpServletRequest csrfOnly = get(ROADMAP);
		csrfOnly.setCookies(new Cookie(SecurityConfig.CSRF_COOKIE_NAME, "t"));
		assertThat(body(csrfOnly, personal)).isEqualTo("<p>rendering 2</p>");
		assertThat(body(visitor(ROADMAP, "alice", "tag1"), personal)).isEqualTo("<p>rendering 3</p>");
		MockHttpServletRequest forged = get(ROADMAP);
		forged.setCookies(new Cookie("mlc_visitor", "not-alice"));
		assertThat(body(forged, personal)).isEqualTo("<p>rendering 4</p>");
	}

	@Test
	void letsAPersonalPageShowingNobodysDataWithoutAFormBeStoredAsASharedPageIs() throws Exception {
		Handler personal = new Handler(PagePolicy.PERSONAL, true, null);
		MockHttpServletResponse nobodys = respond(get(ROADMAP), personal);
		assertThat(nobodys.getHeader("Cache-Control")).isEqualTo(PagePolicyInterceptor.PUBLIC);
		assertThat(nobodys.getHeader("ETag")).isNotNull();
		MockHttpServletResponse alices = respond(visitor(ROADMAP, "alice", "tag1"), personal);
		assertThat(alices.getHeader("Cache-Control")).as("left to Spring Security: not stored").isNull();
		assertThat(alices.getHeader("ETag")).isNull();
		MockHttpServletRequest forged = get(ROADMAP);
		forged.setCookies(new Cookie("mlc_visitor", "not-alice"));
		assertThat(respond(forged, personal).getHeader("Cache-Control")).isNull();
		Handler form = new Handler(PagePolicy.PERSONAL, true, null).withForm(true);
		MockHttpServletResponse withForm = respond(withToken(get("/form"), "TOKEN-1"), form);
		assertThat(withForm.getHeader("Cache-Control")).as("a form's token is no one else's").isNull();
		assertThat(withForm.getHeader("ETag")).isNull();
	}

	@Test
	void cutsAPageAtTheTokenItsRequestWasGivenAndRefusesOneWhereTheTokenIsNotFound() throws Exception {
		Handler form = new Handler(PagePolicy.SHARED, false, PagePolicyInterceptor.PUBLIC).withForm(true);
		MockHttpServletRequest first = withToken(get("/form"), "TOKEN-1");
		assertThat(body(first, form)).isEqualTo("<form>TOKEN-1</form><p>rendering 1</p>");
		assertThat(body(withToken(get("/form"), "TOKEN-5"), form)).isEqualTo("<form>TOKEN-5</form><p>rendering 2</p>");
		MockHttpServletResponse second = respond(withToken(get("/form"), "TOKEN-2"), form);
		assertThat(second.getContentAsString()).isEqualTo("<form>TOKEN-2</form><p>rendering 2</p>");
		assertThat(second.getHeader("ETag")).isNull();
		assertThat(second.getHeader("Cache-Control")).as("Spring Security marks it not to be stored").isNull();

		Handler hidden = new Handler(PagePolicy.SHARED, false, PagePolicyInterceptor.PUBLIC).withForm(false);
		body(withToken(get("/hidden"), "TOKEN-3"), hidden);
		body(withToken(get("/hidden"), "TOKEN-4"), hidden);
		assertThat(this.renderings).hasValue(4);
	}

	private static MockHttpServletRequest get(String path) {
		return get(path, null);
	}

	private static MockHttpServletRequest get(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		return request;
	}

	private static MockHttpServletRequest visitor(String path, String token, String savedTag) {
		MockHttpServletRequest request = get(path);
		request.setCookies(new Cookie("mlc_visitor", token), new Cookie("mlc_saved", savedTag));
		return request;
	}

	private static MockHttpServletRequest withToken(MockHttpServletRequest request, String token) {
		CsrfToken csrf = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", token);
		request.setAttribute(CsrfToken.class.getName(), csrf);
		request.setAttribute("_csrf", csrf);
		return request;
	}

	private String body(MockHttpServletRequest request, Handler handler) throws Exception {
		return respond(request, handler).getContentAsString();
	}

	private MockHttpServletResponse respond(MockHttpServletRequest request, Handler handler)
			throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		// Inside the page policy's watch, as in the application.
		this.policy.doFilter(request, response,
				(req, res) -> this.filter.doFilter(req, res, handler.chain(this.renderings)));
		return response;
	}

	/**
	 * A handler as the interceptor leaves it: its declared policy and canonical address,
	 * whether it reads the cookies, its {@code Cache-Control}, and whether its page holds
	 * the request's CSRF token (or was given one and left it out).
	 */
	record Handler(PagePolicy policy, boolean readsCookies, String cacheControl, String canonical, Boolean form) {

		Handler(PagePolicy policy, boolean readsCookies, String cacheControl) {
			this(policy, readsCookies, cacheControl, null, null);
		}

		Handler canonical(String address) {
			return new Handler(this.policy, this.readsCookies, this.cacheControl, address, this.form);
		}

		Handler withForm(boolean holdsToken) {
			return new Handler(this.policy, this.readsCookies, this.cacheControl, this.canonical, holdsToken);
		}

		FilterChain chain(AtomicInteger renderings) {
			return (req, res) -> {
				HttpServletRequest request = (HttpServletRequest) req;
				HttpServletResponse response = (HttpServletResponse) res;
				if (this.policy != null) {
					request.setAttribute(PagePolicy.ATTRIBUTE, this.policy);
					request.setAttribute(PageAddress.CANONICAL_ATTRIBUTE,
							(this.canonical != null) ? this.canonical : PageAddress.requested(request));
				}
				if (this.readsCookies) {
					request.getCookies();
				}
				if (this.cacheControl != null) {
					response.setHeader("Cache-Control", this.cacheControl);
				}
				String form = "";
				if (this.form != null) {
					String token = ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
					form = "<form>" + (this.form ? token : "") + "</form>";
				}
				response.setContentType("text/html;charset=UTF-8");
				response.getOutputStream()
					.write((form + "<p>rendering " + renderings.incrementAndGet() + "</p>")
						.getBytes(StandardCharsets.UTF_8));
			};
		}

	}

}
