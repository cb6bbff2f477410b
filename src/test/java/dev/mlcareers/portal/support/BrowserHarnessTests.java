package dev.mlcareers.portal.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

	/**
	 * axe is put into a page once and run in each variant: each run must see the page as
	 * that variant shows it, a contrast only the dark theme spoils and an image only a
	 * phone shows.
	 */
	@Test
	void eachVariantIsCheckedAsThatVariantShowsThePage(Browser browser) {
		open(browser, """
				<!doctype html><html lang="en"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>Variants</title>
				<style>
				  body { color: rgb(0, 0, 0); background: rgb(255, 255, 255); }
				  .narrow { display: none; }
				  @media (prefers-color-scheme: dark) { .dim { color: rgb(40, 40, 40); background: rgb(0, 0, 0); } }
				  @media (max-width: 400px) { .narrow { display: block; } }
				</style></head>
				<body><main><h1>Variants</h1><p class="dim">Readable in the light theme only.</p>
				<img class="narrow" src="x.png"></main></body></html>
				""");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(browser::assertNoAccessibilityViolations)
			.withMessageContaining("[dark, desktop] color-contrast")
			.withMessageContaining("[light, 360 px] image-alt")
			.withMessageNotContaining("[light, desktop]")
			.withMessageNotContaining("[dark, desktop] image-alt")
			.withMessageNotContaining("[light, 360 px] color-contrast");
	}

	/** A run that fails is a failed check, never a page without violations. */
	@Test
	void anAxeRunThatFailsFailsTheCheck(Browser browser) {
		open(browser, """
				<!doctype html><html lang="en"><head><title>Broken</title>
				<script>window.axe = { run: () => Promise.reject('no run') };</script></head>
				<body><main><h1>Broken</h1></main></body></html>
				""");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(browser::assertNoAccessibilityViolations)
			.withMessageContaining("axe-core's answer")
			.withMessageContaining("failed: no run");
	}

	@Test
	void theBrowserIsDebiansChromium() {
		assertThat(BrowserExtension.chromiumInstalled()).isTrue();
	}

	private static void open(Browser browser, String html) {
		browser.driver()
			.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
	}

}
