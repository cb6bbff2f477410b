package dev.mlcareers.portal.home;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class HomeJourneyTests {

	@Test
	void aVisitorLandsOnTheHomePageAndSeesTheThreeJourneysAndTheOutlook(Browser browser) {
		browser.open("/");
		assertThat(browser.title()).isEqualTo("Machine-learning careers: roles, pay and a roadmap · ML Careers Portal");
		assertThat(browser.heading()).isEqualTo("Plan a career in machine learning");
		assertThat(browser.findAll(".cards .card h3")).extracting(WebElement::getText)
			.containsExactly("Browse the roles", "Compare pay by region", "Follow the roadmap");
		assertThat(browser.findAll(".site-nav a")).extracting(WebElement::getText)
			.containsExactly("Roles", "Salaries", "Roadmap", "Skills", "Certifications");
		assertThat(browser.findAll(".figure")).hasSize(4);
		assertThat(browser.findAll(".figure .cite")).hasSize(4)
			.allSatisfy((cite) -> assertThat(cite.getAttribute("href")).contains("/sources#"));
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
	}

	@Test
	void aReturningVisitorSeesWhenAPagesContentChangedAndWhatChanged(Browser browser) {
		browser.open("/roles/data-analyst");
		assertThat(browser.find(".content-as-of time").getText()).isEqualTo("Content as of 3 December 2026.");
		browser.clickLink("See what changed");
		assertThat(browser.currentPath()).isEqualTo("/changes");
		assertThat(browser.heading()).isEqualTo("What changed in the content");
		assertThat(browser.findAll("article.change h2")).extracting(WebElement::getText)
			.startsWith("Published 4 December 2026", "Published 3 December 2026", "Published 3 December 2026");
		assertThat(browser.findAll("#version-13 .change__pages a")).extracting(WebElement::getText)
			.contains("Data Analyst", "Python");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
		browser.clickLink("Data Analyst");
		assertThat(browser.currentPath()).isEqualTo("/roles/data-analyst");
	}

	@Test
	void aKeyboardUserSkipsStraightToTheContent(Browser browser) {
		browser.open("/");
		browser.find("body").sendKeys(Keys.TAB);
		WebElement skip = browser.focused();
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(skip.isDisplayed()).isTrue();
		skip.sendKeys(Keys.ENTER);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void anUnknownAddressShowsANotFoundPageInTheSiteLayout(Browser browser) {
		browser.open("/no-such-page");
		assertThat(browser.title()).isEqualTo("Page not found · ML Careers Portal");
		assertThat(browser.heading()).isEqualTo("Page not found");
		assertThat(browser.findAll(".site-nav a")).hasSize(5);
		assertThat(browser.find("#error-search-q").isDisplayed()).isTrue();
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
	}

}
