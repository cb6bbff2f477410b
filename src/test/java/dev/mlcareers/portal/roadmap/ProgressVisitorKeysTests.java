package dev.mlcareers.portal.roadmap;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The key a visitor's personal pages are kept under. */
class ProgressVisitorKeysTests {

	static final String ALICE = "a".repeat(43);

	final ProgressVisitorKeys keys = new ProgressVisitorKeys();

	@Test
	void keysByTheHashOfTheTokenAndTheTagOfTheLatestSave() {
		String key = this.keys.key(request(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag1")))
			.orElseThrow();
		assertThat(key).isEqualTo(new VisitorToken(ALICE).visitorId() + " tag1").doesNotContain(ALICE);
		assertThat(this.keys.key(request(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag2"))))
			.hasValueSatisfying((other) -> assertThat(other).isNotEqualTo(key));
	}

	@Test
	void givesNoKeyWithoutBothCookiesOrWithMalformedOrDoubledOnes() {
		assertThat(this.keys.key(request())).isEmpty();
		assertThat(this.keys.key(request(new Cookie("mlc_visitor", ALICE)))).isEmpty();
		assertThat(this.keys.key(request(new Cookie("mlc_saved", "tag1")))).isEmpty();
		assertThat(this.keys.key(request(new Cookie("mlc_visitor", "not a token"), new Cookie("mlc_saved", "t"))))
			.isEmpty();
		assertThat(this.keys.key(request(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "x".repeat(65)))))
			.isEmpty();
		// A tag left for another path comes first, and a save would never replace it.
		assertThat(this.keys.key(request(new Cookie("mlc_saved", "stuck"), new Cookie("mlc_visitor", ALICE),
				new Cookie("mlc_saved", "tag1"))))
			.isEmpty();
		assertThat(this.keys.key(request(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_visitor", "b".repeat(43)),
				new Cookie("mlc_saved", "tag1"))))
			.isEmpty();
	}

	private static MockHttpServletRequest request(Cookie... cookies) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roadmaps/machine-learning-engineer");
		if (cookies.length > 0) {
			request.setCookies(cookies);
		}
		return request;
	}

}
