package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor studying on a laptop pairs a phone (a second browser with cookies of its
 * own): makes a code on the overview, types it on the phone, saves a step there and sees
 * it on the laptop; then unlinks the phone. Each new page is checked with axe and at 360
 * px.
 */
@BrowserTest
class PairingJourneyTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	@BeforeEach
	void aNewBrowser(Browser browser) {
		browser.open("/");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void aVisitorPairsAPhoneSavesThereAndSeesItOnTheLaptop(Browser laptop) {
		laptop.open(ROADMAP + "/steps/1");
		laptop.press(".status-form button[value='done']");
		laptop.open(ROADMAP);
		assertThat(laptop.find(".progress-count").getText()).isEqualTo("1 of 12 steps done");

		laptop.press("form[action$='/devices/code'] button");
		assertThat(laptop.heading()).isEqualTo("Your pairing code");
		String code = laptop.find("#pairing-code").getText();
		assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(laptop.find("svg.qr").getAttribute("role")).isEqualTo("img");
		laptop.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		try (Browser.Separate phone = laptop.separate()) {
			phone.open("/pair");
			assertThat(phone.heading()).isEqualTo("Show your progress from another browser here");
			phone.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
			phone.find("#code").sendKeys(code.toLowerCase().replace("-", " "));
			phone.submit(".pair-form");

			assertThat(phone.currentPath()).isEqualTo(ROADMAP + "?saved=paired");
			assertThat(phone.find(".confirmation").getText()).startsWith("Paired: this browser now shows");
			assertThat(phone.find(".progress-count").getText()).isEqualTo("1 of 12 steps done");
			assertThat(phone.find(".browser-list").getText()).contains("Browser 1", "Browser 2 (this one)");
			phone.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

			phone.open(ROADMAP + "/steps/2");
			phone.press(".status-form button[value='done']");
			assertThat(phone.find(".status-line").getText()).isEqualTo("Status: Done");

			laptop.open(ROADMAP);
			assertThat(laptop.find(".progress-count").getText()).isEqualTo("2 of 12 steps done");
			assertThat(laptop.find(".browser-list").getText()).contains("Browser 1 (this one)", "Browser 2");

			// The laptop unlinks the phone: the phone then shows no progress.
			laptop.press(".browser-list li:nth-child(2) button");
			assertThat(laptop.find(".confirmation").getText()).startsWith("Unlinked: that browser no longer shows");
			assertThat(laptop.findAll(".browser-list")).isEmpty();
			assertThat(laptop.find(".progress-count").getText()).isEqualTo("2 of 12 steps done");
			laptop.assertNoAccessibilityViolations();

			phone.open(ROADMAP);
			assertThat(phone.find(".progress-count").getText()).isEqualTo("0 of 12 steps done");
		}
	}

	@Test
	void aMistypedCodeIsRefusedWithAClearMessage(Browser browser) {
		browser.open("/pair");
		browser.find("#code").sendKeys("7KQ2-M9X");
		browser.submit(".pair-form");
		assertThat(browser.find(".error-summary").getText()).contains("A pairing code has 8 letters and digits");
		assertThat(browser.find("#code").getAttribute("aria-invalid")).isEqualTo("true");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
	}

}
