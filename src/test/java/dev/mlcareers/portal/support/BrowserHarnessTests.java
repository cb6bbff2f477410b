package dev.mlcareers.portal.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The harness itself: the accessibility check must be able to fail. */
@BrowserTest
class BrowserHarnessTests {

	@Test
	void theAccessibilityCheckReportsViolations(Browser browser) {
		browser.driver().get("data:text/html,<html><body><img src='x.png'><a href='#'></a></body></html>");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(browser::assertNoAccessibilityViolations)
			.withMessageContaining("image-alt")
			.withMessageContaining("[dark, desktop]")
			.withMessageContaining("[light, 360 px]");
	}

	@Test
	void theBrowserIsDebiansChromium() {
		assertThat(BrowserExtension.chromiumInstalled()).isTrue();
	}

}
