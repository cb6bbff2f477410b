package dev.mlcareers.portal.role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Journey 1: browse role pages, follow skills and the career ladder. */
@BrowserTest
class RoleJourneyTests {

	@TempDir
	Path downloads;

	@Test
	void aVisitorBrowsesFromTheHomePageThroughRolesSkillsAndTheLadder(Browser browser) {
		browser.open("/").assertNoAccessibilityViolations();

		browser.clickLink("Roles");
		assertThat(browser.currentPath()).isEqualTo("/roles");
		assertThat(browser.heading()).isEqualTo("Roles");
		assertThat(browser.findAll(".card h3 a").get(0).getText()).isEqualTo("Machine Learning Engineer");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.clickLink("Machine Learning Engineer");
		assertThat(browser.currentPath()).isEqualTo("/roles/machine-learning-engineer");
		assertThat(browser.heading()).isEqualTo("Machine Learning Engineer");
		assertThat(browser.title()).startsWith("Machine Learning Engineer:");
		assertThat(browser.findAll("#week .week")).hasSize(3);
		assertThat(browser.findAll("#pay tbody tr")).hasSize(7);
		assertThat(browser.find("svg.chart").getAttribute("role")).isEqualTo("img");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.find("#skills a[href='/skills/python']").click();
		assertThat(browser.currentPath()).isEqualTo("/skills/python");
		assertThat(browser.heading()).isEqualTo("Python");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		WebElement role = browser.find("#roles-heading + ul a");
		assertThat(role.getText()).isEqualTo("Machine Learning Engineer");
		role.click();
		assertThat(browser.currentPath()).isEqualTo("/roles/machine-learning-engineer");

		browser.find(".toc a[href='#ladder']").click();
		assertThat(browser.currentPath()).isEqualTo("/roles/machine-learning-engineer#ladder");
		WebElement ladder = browser.find("svg.ladder");
		assertThat(ladder.findElements(By.cssSelector("a.ladder__node"))).hasSize(14);
		ladder.findElement(By.cssSelector("a.ladder__node[href='/roles/technical-director']")).click();
		assertThat(browser.currentPath()).isEqualTo("/roles/technical-director");
		assertThat(browser.heading()).isEqualTo("Technical Director");
		assertThat(browser.find("#unknown").getText()).contains("what it pays");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
	}

	@Test
	void aStudentCitesARolePageAndDownloadsItsReferenceForTheirReferenceManager(Browser browser) throws IOException {
		browser.open("/roles/data-scientist#cite");
		assertThat(browser.find("#cite h2").getText()).isEqualTo("Cite this page");
		assertThat(browser.find("#cite .citation__text").getText())
			.startsWith("Data Scientist: the work, skills, pay and career path. ML Careers Portal (content as of ")
			.endsWith("Available at: http://localhost:8080/roles/data-scientist.");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
		Path bib = browser.download("#cite a[href$='cite.bib']", this.downloads);
		assertThat(bib.getFileName()).hasToString("role-data-scientist.bib");
		assertThat(Files.readString(bib)).startsWith("@misc{mlcareers-role-data-scientist,")
			.contains("url = {http://localhost:8080/roles/data-scientist}")
			.contains("urldate = {");
	}

	@Test
	void aVisitorFollowsACertificationToItsSourceDocument(Browser browser) {
		browser.open("/roles/machine-learning-engineer");
		browser.find("#education a[href='/certifications/google-professional-machine-learning-engineer']").click();
		assertThat(browser.heading()).isEqualTo("Google Professional Machine Learning Engineer");
		assertThat(browser.find(".facts").getText()).contains("Google");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.clickLink("All certifications");
		assertThat(browser.findAll(".card")).hasSize(5);
		browser.assertNoAccessibilityViolations();

		browser.open("/skills").assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.open("/certifications/tensorflow-developer-certificate");
		browser.find(".facts a[href='/sources#job-description']").click();
		assertThat(browser.currentPath()).isEqualTo("/sources#job-description");
		assertThat(browser.find("#job-description h2").getText()).contains("Machine Learning Engineer job description");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.open("/sources#reuse");
		assertThat(browser.find("#reuse h2").getText()).isEqualTo("Reusing these facts");
		assertThat(browser.find("#reuse").getText()).contains("if you cite the portal as below");
		browser.find("#reuse a[href='/swagger-ui/index.html']").click();
		assertThat(browser.currentPath()).isEqualTo("/swagger-ui/index.html");
		// Swagger UI shows the portal's own description, fetched from the portal.
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"),
					"ML Careers Portal open data"));
		assertThat(browser.findAll(".swagger-ui .opblock-summary-path")).isNotEmpty();
	}

	@Test
	void aKeyboardUserReachesEveryRoleOnTheLadder(Browser browser) {
		browser.open("/roles/data-scientist#ladder");
		WebElement first = browser.find("svg.ladder a.ladder__node");
		first.sendKeys("");
		assertThat(browser.focused().getAttribute("href")).isEqualTo(first.getAttribute("href"));
		assertThat(browser.findAll("svg.ladder a.ladder__node")).extracting((node) -> node.getAttribute("href"))
			.allSatisfy((href) -> assertThat(href).contains("/roles/"));
	}

}
