package dev.mlcareers.portal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import dev.mlcareers.portal.support.Browser;
import dev.mlcareers.portal.support.BrowserTest;
import dev.mlcareers.portal.support.FaultyLink;
import dev.mlcareers.portal.support.Http;
import dev.mlcareers.portal.support.LinkedH2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap in a real browser while the database goes away and returns: the save that
 * could not be made comes back as the step page with the note still in its box, in the
 * layout and free of accessibility violations, and the same form, sent again once the
 * database is back, saves it. Also the page for a request Tomcat refuses before the
 * portal sees it.
 */
@BrowserTest
class DatabaseOutageJourneyTests {

	static final String STEP = "/roadmaps/machine-learning-engineer/steps/3";

	static final String NOTE = "Revise linear algebra <before> the course & \"practise\".";

	static FaultyLink link;

	@DynamicPropertySource
	static void databaseBehindALink(DynamicPropertyRegistry registry) throws IOException {
		LinkedH2 h2 = LinkedH2.start(Files.createTempDirectory("portal-outage-journey"));
		link = h2.link();
		h2.properties().forEach((name, value) -> registry.add(name, () -> value));
		// As in DatabaseOutage: a refused read waits a quarter of a second, not 2 s.
		DatabaseOutage.SHORT_POOL_WAIT.forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void restore() {
		link.restore();
	}

	@Test
	void aNoteThatCannotBeSavedStaysInItsBoxAndIsSavedOnceTheDatabaseIsBack(Browser browser) {
		browser.open(STEP);
		browser.press(".status-form button[value='in-progress']");
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: In progress");

		link.cut();
		try {
			browser.find("#note").sendKeys(NOTE);
			browser.submit(".note-form");
			assertThat(browser.find(".error-summary h2").getText()).isEqualTo("Your note could not be saved");
			assertThat(browser.find("#note").getAttribute("value")).isEqualTo(NOTE);
			assertThat(browser.find(".status-line").getText()).isEqualTo("Your saved status cannot be shown just now.");
			assertThat(browser.title()).isNotBlank();
			assertThat(browser.findAll(".site-footer")).hasSize(1);
			browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();

			browser.find(".error-summary a").sendKeys(Keys.ENTER);
			assertThat(browser.focused().getAttribute("id")).isEqualTo("note");
		}
		finally {
			link.restore();
		}
		awaitReady(browser.baseUrl());

		browser.submit(".note-form");
		assertThat(browser.find(".confirmation").getText()).isEqualTo("Saved: your note on step 3.");
		assertThat(browser.find("#note").getAttribute("value")).isEqualTo(NOTE);
		assertThat(browser.find(".status-line").getText()).isEqualTo("Status: In progress");
	}

	@Test
	void aRequestTomcatRefusesGetsTheSitesPage(Browser browser) {
		browser.open("/roles/%zz");
		assertThat(browser.heading()).isEqualTo("That request could not be understood");
		assertThat(browser.findAll(".site-footer")).hasSize(1);
		browser.assertNoAccessibilityViolations().assertNoHorizontalScrollAt360();
	}

	private static void awaitReady(String base) {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> ready = Http.send(http,
					HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build());
			if (ready.statusCode() == 200) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("not ready 20 s after the database returned");
	}

}
