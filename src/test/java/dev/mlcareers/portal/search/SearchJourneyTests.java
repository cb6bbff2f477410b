package dev.mlcareers.portal.search;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding something from any page through the search box in the header. */
@BrowserTest
class SearchJourneyTests {

	@Test
	void aVisitorSearchesFromTheHeaderForAPartWordAndOpensAResult(Browser browser) {
		browser.open("/roles");
		browser.find("#site-search-q").sendKeys("pytor");
		browser.submit(".site-search");
		assertThat(browser.currentPath()).isEqualTo("/search?q=pytor");
		assertThat(browser.find(".search-summary").getText()).isEqualTo("2 results for “pytor”");
		assertThat(browser.find("#results-skill + .search-results mark").getText()).isEqualTo("PyTorch");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
		browser.clickLink("PyTorch");
		assertThat(browser.currentPath()).isEqualTo("/skills/pytorch");
		assertThat(browser.heading()).isEqualTo("PyTorch");
	}

}
