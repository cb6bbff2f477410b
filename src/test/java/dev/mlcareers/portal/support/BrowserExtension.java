package dev.mlcareers.portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium for the whole test run (Debian's {@code /usr/bin/chromium}
 * through {@code /usr/bin/chromedriver}; nothing is ever downloaded) and hands each test
 * a {@link Browser} pointed at the application under test.
 * <p>
 * Without Chromium the browser tests are skipped with one line naming the install
 * command, except when the environment variable {@code CI} is set: there a missing
 * browser fails the run, so CI can never pass with the browser tests skipped.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver";

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	private static final AtomicBoolean skipNoticePrinted = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (chromiumInstalled()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
		}
		String reason = "Browser tests need Debian's Chromium and ChromeDriver: " + INSTALL_HINT;
		if (System.getenv("CI") != null) {
			throw new IllegalStateException(reason + " (CI is set, so they may not be skipped)");
		}
		if (skipNoticePrinted.compareAndSet(false, true)) {
			System.err.println("SKIPPING browser tests: Chromium not found. Install it with: " + INSTALL_HINT);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	static boolean chromiumInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		ChromeDriver driver = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedDriver.class, (key) -> new SharedDriver(startChromium()), SharedDriver.class)
			.driver();
		driver.manage().deleteAllCookies();
		return new Browser(driver, "http://localhost:" + port);
	}

	static ChromeDriver startChromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--window-size=1280,900", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/** Closed by JUnit when the root store closes, at the end of the run. */
	private record SharedDriver(ChromeDriver driver) implements AutoCloseable {

		@Override
		public void close() {
			this.driver.quit();
		}

	}

}
