package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor who saved a step reads what the portal keeps, from the footer, and deletes
 * everything: the step is no longer theirs, and the browser holds no visitor's cookie.
 */
@BrowserTest
class PrivacyJourneyTests {

	static final String STEP = "/roadmaps/machine-learning-engineer/steps/2";

	@BeforeEach
	void aNewBrowser(Browser browser) {
		browser.open("/");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void aVisitorReadsWhatIsKeptAndDeletesEverything(Browser browser) {
		browser.open(STEP);
		browser.press(".status-form button[value='done']");
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: Done");

		browser.clickLink("Privacy");
		assertThat(browser.heading()).isEqualTo("Privacy");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.clickLink("Delete everything kept for this browser");
		assertThat(browser.heading()).isEqualTo("Delete everything kept for this browser?");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
		browser.press(".confirm-form button");

		assertThat(browser.currentPath()).isEqualTo("/privacy?deleted=yes");
		assertThat(browser.find(".confirmation").getText()).startsWith(
				"Everything kept for this browser was deleted from the database, and its progress cookies cleared.");
		assertThat(browser.driver().manage().getCookieNamed(VisitorCookie.NAME)).isNull();
		browser.assertNoAccessibilityViolations();
		browser.open(STEP);
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: Not started");
	}

}
