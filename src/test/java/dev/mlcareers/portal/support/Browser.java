package dev.mlcareers.portal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** A thin, intention-revealing wrapper around the shared Chromium, for journeys. */
public class Browser {

	private static final String AXE = axeSource();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ChromeDriver driver;

	private final String baseUrl;

	Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/**
	 * A second browser, with cookies of its own (another device, say), at the same
	 * application: a Chromium of its own, quit when it is closed.
	 */
	public Separate separate() {
		return new Separate(BrowserExtension.startChromium(), this.baseUrl);
	}

	/** A browser of its own, to close when done with. */
	public static final class Separate extends Browser implements AutoCloseable {

		Separate(ChromeDriver driver, String baseUrl) {
			super(driver, baseUrl);
		}

		@Override
		public void close() {
			driver().quit();
		}

	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public String title() {
		return this.driver.getTitle();
	}

	/** The path and query of the current page, without the host. */
	public String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	public List<WebElement> findAll(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	public String heading() {
		return find("h1").getText();
	}

	/** Follows a link to another page and waits until that page has replaced this one. */
	public Browser clickLink(String linkText) {
		WebElement page = find("html");
		this.driver.findElement(By.linkText(linkText)).click();
		waitUntilReplaced(page);
		return this;
	}

	/**
	 * Submits a form with its submit button, by keyboard, and waits until the next page
	 * has replaced this one.
	 */
	public Browser submit(String formSelector) {
		return press(formSelector + " [type='submit']");
	}

	/**
	 * Presses one button by keyboard (for a form with several) and waits until the next
	 * page has replaced this one.
	 */
	public Browser press(String buttonSelector) {
		WebElement page = find("html");
		find(buttonSelector).sendKeys(Keys.ENTER);
		waitUntilReplaced(page);
		return this;
	}

	/**
	 * Waits until the document {@code page} belonged to has been replaced. Asked while
	 * the old document is being torn down, ChromeDriver may answer that the node "does
	 * not belong to the document" instead of calling it stale: both mean it is gone.
	 */
	private void waitUntilReplaced(WebElement page) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	/**
	 * Follows a download link as a visitor would and returns the file the browser saved
	 * in the directory.
	 */
	public Path download(String linkSelector, Path directory) throws IOException {
		this.driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
		find(linkSelector).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> completedDownload(directory) != null);
		return completedDownload(directory);
	}

	/**
	 * The downloaded file once Chromium has finished it: while it writes, the directory
	 * holds a {@code .crdownload} file, and the file of the final name may already stand
	 * there empty.
	 */
	private static Path completedDownload(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> all = files.toList();
			if (all.stream().anyMatch((file) -> file.getFileName().toString().endsWith(".crdownload"))) {
				return null;
			}
			for (Path file : all) {
				if (Files.size(file) > 0) {
					return file;
				}
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The element that has keyboard focus. */
	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * Runs axe-core on the current page in the light and the dark theme and at a 360 px
	 * wide phone viewport, and fails with every violation found.
	 */
	public Browser assertNoAccessibilityViolations() {
		List<String> violations = new ArrayList<>();
		try {
			violations.addAll(axe("light, desktop"));
			emulateColorScheme("dark");
			violations.addAll(axe("dark, desktop"));
			emulateColorScheme("light");
			this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 800, "deviceScaleFactor", 2, "mobile", true));
			violations.addAll(axe("light, 360 px"));
		}
		finally {
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
		assertThat(violations).as("axe-core violations on %s", currentPath()).isEmpty();
		return this;
	}

	/** Fails when the page's horizontal extent is wider than a 360 px phone screen. */
	public Browser assertNoHorizontalScrollAt360() {
		try {
			this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 800, "deviceScaleFactor", 2, "mobile", true));
			Object scrollWidth = this.driver.executeScript("return document.documentElement.scrollWidth;");
			assertThat(((Number) scrollWidth).intValue())
				.as("page width at 360 px on %s; elements past the edge: %s", currentPath(), overflowingElements())
				.isLessThanOrEqualTo(360);
		}
		finally {
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		return this;
	}

	private Object overflowingElements() {
		return this.driver.executeScript(
				"""
						const found = [];
						for (const el of document.body.querySelectorAll('*')) {
						  const box = el.getBoundingClientRect();
						  if (box.right > 360.5 && !(el.parentElement && el.parentElement.closest('.table-scroll'))) {
						    found.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/ /g, '.') : '')
						        + (el.id ? '#' + el.id : '') + ' right=' + Math.round(box.right));
						  }
						}
						return found.slice(0, 15).join('; ');
						""");
	}

	private void emulateColorScheme(String scheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/**
	 * Runs axe-core on the page as it is now shown and lists its violations. axe is put
	 * into the page once (the emulated theme and viewport change without reloading it)
	 * and asked for violations only, in one {@code axe.run}: the portal's pages have no
	 * frames. The binding's {@code AxeBuilder} put axe in again for every run, ran it
	 * frame by frame, finished in a window it opened for the purpose and sent back every
	 * pass as well, 28 of {@code SkillCheckJourneyTests}' 45 s; this way, 12.
	 */
	private List<String> axe(String variant) {
		if (!Boolean.TRUE.equals(this.driver.executeScript("return typeof window.axe === 'object';"))) {
			this.driver.executeScript(AXE);
		}
		Object answer = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((results) => done(JSON.stringify(results.violations)), (error) => done('failed: ' + error));
				""");
		String json = String.valueOf(answer);
		assertThat(json).as("axe-core's answer on %s", currentPath()).startsWith("[");
		List<String> found = new ArrayList<>();
		try {
			for (JsonNode rule : JSON.readTree(json)) {
				for (JsonNode node : rule.path("nodes")) {
					found.add("[" + variant + "] " + rule.path("id").asText() + ": " + rule.path("help").asText()
							+ " at " + node.path("target") + " " + node.path("html").asText());
				}
			}
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("axe-core's answer could not be read: " + json, ex);
		}
		return found;
	}

	/** axe-core's script, as the Selenium binding ships it. */
	private static String axeSource() {
		try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
