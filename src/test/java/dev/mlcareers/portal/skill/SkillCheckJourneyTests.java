package dev.mlcareers.portal.skill;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From "what I know" to "what I learn next", in a browser without an account: tick the
 * skills in the check, see the counts per document, remember them, find the next steps on
 * the roadmap, mark one done and see its skills counted as learned, then put the ML
 * engineer next to the data scientist.
 */
@BrowserTest
class SkillCheckJourneyTests {

	static final Pattern HAVE = Pattern.compile("You have (\\d+) of the (\\d+) skills");

	@BeforeEach
	void aNewBrowser(Browser browser) {
		browser.open("/");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void aVisitorChecksTheirSkillsRemembersThemAndFindsWhatToLearnNext(Browser browser) {
		browser.open("/skills");
		browser.find("main a[href='/skills/check']").click();
		assertThat(browser.heading()).isEqualTo("Skills check");
		assertThat(browser.findAll("#result")).isEmpty();
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		for (String skill : new String[] { "python", "sql", "pytorch" }) {
			browser.find("#have-" + skill).sendKeys(Keys.SPACE);
		}
		browser.submit("#check-form");
		assertThat(browser.currentPath()).isEqualTo("/skills/check?have=python&have=pytorch&have=sql");
		int[] shared = counts(browser);
		assertThat(shared[0]).isEqualTo(3);
		assertThat(browser.findAll("table.check-documents tbody tr")).hasSize(5);
		assertThat(browser.findAll("ol.check-missing > li")).hasSize(shared[1] - 3);
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.clickLink("Remember these 3 skills as mine");
		assertThat(browser.heading()).isEqualTo("Remember these skills as yours?");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
		browser.press(".check-remember button");
		assertThat(browser.currentPath()).isEqualTo("/skills/check?remembered=yes");
		assertThat(browser.find(".confirmation").getText()).isEqualTo("Your skills are saved in this browser.");
		assertThat(browser.find("#have-python").isSelected()).isTrue();

		browser.clickLink("Roadmap");
		assertThat(browser.findAll("#next-steps li")).hasSize(3)
			.allSatisfy((step) -> assertThat(step.getText()).doesNotContain("Python,").doesNotEndWith("Python"));
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.open("/roadmaps/machine-learning-engineer/steps/3");
		browser.press(".status-form button[value='done']");
		browser.open("/skills/check");
		int[] learned = counts(browser);
		assertThat(learned[0]).as("the step's skills, counted as learned").isGreaterThan(shared[0]);
		assertThat(browser.find("#have-calculus").isSelected()).isTrue();
		assertThat(browser.find("#have-calculus").isEnabled()).isFalse();
		assertThat(browser.find(".check-held").getText()).contains("Calculus (learned on the roadmap, step 3)",
				"Python (you said so)");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.find(".check-result a[href='/roles/data-scientist']").click();
		new Select(browser.find("#compare-with")).selectByVisibleText("Machine Learning Engineer");
		browser.submit("form.compare-with");
		assertThat(browser.currentPath())
			.isEqualTo("/roles/compare?roles=machine-learning-engineer&roles=data-scientist");
		assertThat(browser.findAll("table.compare thead th")).extracting(WebElement::getText)
			.containsExactly("Machine Learning Engineer", "Data Scientist");
		assertThat(browser.findAll("table.compare .have-mark")).as("the skills the visitor has, marked")
			.isNotEmpty()
			.allSatisfy((mark) -> assertThat(mark.getText()).isEqualTo("you have it"));
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.find("table.compare thead a[href='/roles/machine-learning-engineer']").click();
		assertThat(browser.findAll("#skills .have-mark")).hasSizeGreaterThanOrEqualTo(shared[0]);
		browser.assertNoAccessibilityViolations();
		browser.find("#skills a[href='/skills/python']").click();
		assertThat(browser.find(".have-status").getText()).contains("you have it", "(you said so)");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
	}

	private static int[] counts(Browser browser) {
		Matcher counts = HAVE.matcher(browser.find(".check-result .progress-count").getText());
		assertThat(counts.find()).isTrue();
		return new int[] { Integer.parseInt(counts.group(1)), Integer.parseInt(counts.group(2)) };
	}

}
