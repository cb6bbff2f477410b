package dev.mlcareers.portal.salary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** Journey 2: compare pay by region, in one currency, and take the figures away. */
@BrowserTest
class SalaryJourneyTests {

	@Test
	void aVisitorComparesIndiaAndTheUsAtParityForOneLevelAndDownloadsTheFigures(Browser browser)
			throws IOException, InterruptedException {
		browser.open("/").clickLink("Salaries");
		assertThat(browser.currentPath()).isEqualTo("/salaries");
		assertThat(browser.heading()).isEqualTo("Salary comparison");
		assertThat(browser.findAll(".salary-table tbody tr")).hasSize(7);
		assertThat(browser.findAll("svg.range-chart")).hasSize(2);
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.find("input[name='regions'][value='us']").click();
		browser.submit(".compare-form");
		assertThat(browser.currentPath()).contains("regions=in").doesNotContain("regions=us");
		assertThat(browser.findAll(".salary-table tbody tr")).hasSize(3);

		browser.find("input[name='regions'][value='us']").click();
		assertThat(browser.find("input[name='regions'][value='in']").isSelected()).isTrue();
		assertThat(browser.find("input[name='regions'][value='us']").isSelected()).isTrue();
		browser.find("input[name='basis'][value='ppp']").click();
		browser.submit(".compare-form");
		// The form's address, redirected to the comparison's one canonical address.
		assertThat(browser.currentPath()).isEqualTo("/salaries?basis=ppp");
		assertThat(browser.findAll("svg.range-chart")).hasSize(1);
		assertThat(browser.find(".salary-table").getText()).contains("Int$29,500 – Int$50,600")
			.contains("Int$85,000 – Int$110,000");
		assertThat(browser.find("#rates").getText()).contains("23.71").contains("different years");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		new Select(browser.find("#compare-level")).selectByValue("senior");
		browser.submit(".compare-form");
		assertThat(browser.currentPath()).isEqualTo("/salaries?basis=ppp&level=senior");
		assertThat(browser.findAll(".salary-table tbody tr")).hasSize(2);
		assertThat(browser.find("#results").getText()).contains("the level filter leaves it out");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		String csvLink = browser.find("a[href^='/salaries.csv']").getAttribute("href");
		assertThat(csvLink).endsWith("/salaries.csv?basis=ppp&level=senior");
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(csvLink)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.body().lines()).hasSize(3)
			.anySatisfy((line) -> assertThat(line).contains(",in,Senior level,7,,range,INR,1460000,2500000,true,"))
			.anySatisfy((line) -> assertThat(line).contains(",us,Senior level,5,,range,USD,145000,190000,true,"));
	}

	@Test
	void aVisitorWhoEditsTheAddressBadlyIsToldTheValidValues(Browser browser) {
		browser.open("/salaries?basis=yen");
		assertThat(browser.heading()).isEqualTo("That request could not be understood");
		assertThat(browser.find(".choices").getText()).contains("local", "market", "ppp");
		browser.assertNoAccessibilityViolations();
	}

}
