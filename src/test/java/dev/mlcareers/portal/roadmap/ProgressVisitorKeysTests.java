package dev.mlcareers.portal.roadmap;

import java.util.Optional;

import dev.mlcareers.portal.system.DatabaseBulkhead;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/** The key a visitor's personal pages are kept under. */
class ProgressVisitorKeysTests {

	static final String ALICE = "a".repeat(43);

	/** Read only for the tag of a browser whose progress may show on another. */
	final DeviceRepository devices = mock(DeviceRepository.class);

	final ProgressVisitorKeys keys = new ProgressVisitorKeys(this.devices, inTurn(),
			mock(PlatformTransactionManager.class));

	/** A bulkhead that lets every call through at once. */
	private static DatabaseBulkhead inTurn() {
		DatabaseBulkhead database = mock(DatabaseBulkhead.class);
		given(database.call(org.mockito.ArgumentMatchers.any()))
			.willAnswer((call) -> call.<java.util.function.Supplier<?>>getArgument(0).get());
		return database;
	}

	@Test
	void keysByTheHashOfTheTokenAndTheTagOfTheLatestSave() {
		String key = this.keys.key(request(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag1")))
			.orElseThrow();
		assertThat(key).isEqualTo(new VisitorToken(ALICE).hash() + " tag1").doesNotContain(ALICE);
		assertThat(this.keys.key(request(new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag2"))))
			.hasValueSatisfying((other) -> assertThat(other).isNotEqualTo(key));
		then(this.devices).shouldHaveNoInteractions();
	}

	@Test
	void keysALinkedBrowsersPagesByTheVersionOfTheDataTheDatabaseGivesToo() {
		String hash = new VisitorToken(ALICE).hash();
		given(this.devices.revisionSeenBy(hash)).willReturn(Optional.of(7L), Optional.of(8L));
		Cookie[] cookies = { new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag1.linked") };
		assertThat(this.keys.key(request(cookies))).hasValue(hash + " tag1.linked 7");
		assertThat(this.keys.key(request(cookies))).as("after a save through another browser")
			.hasValue(hash + " tag1.linked 8");
	}

	@Test
	void givesALinkedBrowserNoKeyWhenItShowsNoProgressOrTheDatabaseCannotSay() {
		String hash = new VisitorToken(ALICE).hash();
		Cookie[] cookies = { new Cookie("mlc_visitor", ALICE), new Cookie("mlc_saved", "tag1.linked") };
		given(this.devices.revisionSeenBy(hash)).willReturn(Optional.empty());
		assertThat(this.keys.key(request(cookies))).as("unlinked or erased").isEmpty();
		given(this.devices.revisionSeenBy(hash)).willThrow(new CannotGetJdbcConnectionException("down"));
		assertThat(this.keys.key(request(cookies))).as("the database unavailable").isEmpty();
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
