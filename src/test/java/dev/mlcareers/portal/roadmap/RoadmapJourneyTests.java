package dev.mlcareers.portal.roadmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3: follow the roadmap step by step, with progress the site remembers without an
 * account, and take it away and back.
 */
@BrowserTest
class RoadmapJourneyTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	@TempDir
	Path downloads;

	@BeforeEach
	void aNewBrowser(Browser browser) {
		browser.open("/");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void aVisitorWorksThroughStepsKeepsANoteAndTakesTheProgressAwayAndBack(Browser browser) throws IOException {
		browser.open("/").clickLink("Roadmap");
		assertThat(browser.currentPath()).isEqualTo(ROADMAP);
		assertThat(browser.find(".progress-count").getText()).isEqualTo("0 of 12 steps done");
		assertThat(browser.findAll(".steps__item")).hasSize(12);
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.clickLink("Start with step 1: Lay an educational foundation");
		assertThat(browser.heading()).isEqualTo("Lay an educational foundation");
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: Not started");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
		browser.press(".status-form button[value='done']");
		assertThat(browser.currentPath()).isEqualTo(ROADMAP + "/steps/1?saved=status");
		assertThat(browser.find(".confirmation").getText()).isEqualTo("Saved: step 1 is now marked “Done”.");
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: Done");

		browser.clickLink("Step 2: Learn Python →");
		browser.press(".status-form button[value='in-progress']");
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: In progress");
		browser.find("#note").sendKeys("Finish the Python course.\nThen NumPy <arrays> & \"slicing\".");
		browser.submit(".note-form");
		assertThat(browser.find(".confirmation").getText()).isEqualTo("Saved: your note on step 2.");
		assertThat(browser.find("#note").getAttribute("value"))
			.isEqualTo("Finish the Python course.\nThen NumPy <arrays> & \"slicing\".");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		browser.clickLink("All steps and your progress");
		assertThat(browser.find(".progress-count").getText()).isEqualTo("1 of 12 steps done");
		assertThat(browser.find(".progress-bar__done").getAttribute("width")).isEqualTo("8.3");
		assertThat(browser.find(".progress-bar__done").getRect().getWidth()).isPositive();
		assertThat(browser.find(".progress-legend").getText()).contains("1 done", "0 skipped", "1 in progress");
		assertThat(browser.find("#progress a.button").getText()).isEqualTo("Continue with step 2: Learn Python");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

		Path exported = browser.download("a[href$='/progress.json']", this.downloads);
		assertThat(Files.readString(exported)).contains("\"status\" : \"done\"", "\"status\" : \"in-progress\"",
				"Finish the Python course.\\nThen NumPy <arrays> & \\\"slicing\\\".");

		browser.clickLink("Reset all progress…");
		assertThat(browser.heading()).isEqualTo("Clear all your progress on this roadmap?");
		browser.assertNoAccessibilityViolations();
		browser.submit(".confirm-form");
		assertThat(browser.find(".confirmation").getText())
			.isEqualTo("All your progress and notes on this roadmap are cleared.");
		assertThat(browser.find(".progress-count").getText()).isEqualTo("0 of 12 steps done");

		browser.find("#import-file").sendKeys(exported.toAbsolutePath().toString());
		browser.submit(".import-form");
		assertThat(browser.find(".confirmation").getText()).isEqualTo("Imported: your progress now matches the file.");
		assertThat(browser.find(".progress-count").getText()).isEqualTo("1 of 12 steps done");
		browser.clickLink("Continue with step 2: Learn Python");
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: In progress");
		assertThat(browser.find("#note").getAttribute("value"))
			.isEqualTo("Finish the Python course.\nThen NumPy <arrays> & \"slicing\".");
	}

	@Test
	void aFileThatIsNotAnExportIsRefusedWithTheReasonAndNothingChanges(Browser browser) throws IOException {
		Path notAnExport = Files.writeString(this.downloads.resolve("notes.json"), "{\"hello\": \"world\"}");
		browser.open(ROADMAP);
		browser.find("#import-file").sendKeys(notAnExport.toAbsolutePath().toString());
		browser.submit(".import-form");
		assertThat(browser.find(".error-summary").getText()).contains("The file was not imported; nothing changed",
				"not laid out like a progress export");
		assertThat(browser.find(".progress-count").getText()).isEqualTo("0 of 12 steps done");
		browser.assertNoAccessibilityViolations();
		browser.find(".error-summary a").click();
		assertThat(browser.focused().getAttribute("id")).isEqualTo("import-file");
	}

	@Test
	void theEducationPathsAreOneClickAway(Browser browser) {
		browser.open(ROADMAP).clickLink("Before you start: education paths by country, with durations and exams");
		assertThat(browser.heading()).isEqualTo("Education paths into machine learning");
		assertThat(browser.findAll(".cards--paths > .card")).hasSize(3);
		assertThat(browser.find("#eu").getText()).contains("MSc", "2 years",
				"Some regions require the local language.");
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
	}

}
