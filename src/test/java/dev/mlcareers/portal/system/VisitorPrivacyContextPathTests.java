package dev.mlcareers.portal.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VisitorPrivacyTests} with the page cache on, under a context path; and the
 * portal's pages, redirects and API errors all stay under it.
 */
@ApplicationTest(properties = "server.servlet.context-path=/careers")
class VisitorPrivacyContextPathTests extends VisitorPrivacyTests {

	@Override
	String extraSpellings() {
		return "/../%63areers" + ROADMAP + "/steps/3";
	}

	@Test
	void servesEveryPageUnderTheContextPath() {
		Visitor anyone = new Visitor(base());
		assertThat(anyone.page("/roles/machine-learning-engineer")).contains("href=\"/careers/assets/");
		assertThat(anyone.get("/%72oles/machine-learning-engineer").headers().firstValue("Location"))
			.hasValue("/careers/roles/machine-learning-engineer");
		assertThat(new Visitor(this.server).get("/%63areers/roles/machine-learning-engineer")
			.headers()
			.firstValue("Location")).hasValue("/careers/roles/machine-learning-engineer");
		assertThat(
				anyone.follow("GET", "/api/v1/roles/nobody", "application/json").headers().firstValue("Content-Type"))
			.hasValue("application/problem+json");
		assertThat(
				anyone.follow("GET", "/%61pi/v1/roles/nobody", "application/json").headers().firstValue("Content-Type"))
			.hasValue("application/problem+json");
	}

	@Test
	void sendsTheVisitorsCookiesOnlyToThePortal() {
		Visitor visitor = new Visitor(base());
		String step = ROADMAP + "/steps/3";
		HttpResponse<String> saved = visitor.submit(step, step + "/note", Map.of("note", "Under the context path"));
		assertThat(saved.statusCode()).isEqualTo(302);
		List<String> cookies = saved.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn((cookie) -> cookie.contains("; Path=/careers;"))
			.extracting((cookie) -> cookie.substring(0, cookie.indexOf('=')))
			.containsExactlyInAnyOrder("mlc_visitor", "mlc_saved");
		assertThat(cookies).as("the same names for the whole host, as an earlier version set them, removed")
			.filteredOn((cookie) -> cookie.contains("; Path=/;"))
			.allSatisfy((cookie) -> assertThat(cookie).contains("Max-Age=0"))
			.extracting((cookie) -> cookie.substring(0, cookie.indexOf('=')))
			.containsExactlyInAnyOrder("mlc_visitor", "mlc_saved");
	}

	@Test
	void refusesAnAddressThatOnlyReachesTheContextPathThroughDoubledSlashes() {
		for (String path : new String[] { "//careers/roles", "///careers/roles", "//careers/" }) {
			HttpResponse<String> refused = new Visitor(this.server).get(path);
			assertThat(refused.statusCode()).as(path).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Security-Policy"))
				.hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
			assertThat(refused.body()).doesNotContain("Exception");
		}
	}

}
