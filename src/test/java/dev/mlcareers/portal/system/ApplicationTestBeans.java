package dev.mlcareers.portal.system;

import java.util.function.Supplier;

import dev.mlcareers.portal.support.ApplicationTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the full-application tests add to the portal, in every context of theirs
 * ({@link ApplicationTest} imports it): two handlers that fail on purpose, under
 * {@code /test/}, and the connection watch ({@link WatchedConnections}: the pool's own
 * connections, untouched, unless a test starts it). One set for all, so that a test
 * needing one of them still shares the application context of the rest instead of
 * starting the portal once more.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ WatchedConnections.class, ApplicationTestBeans.FailingController.class,
		ApplicationTestBeans.FailingPage.class })
public class ApplicationTestBeans {

	/**
	 * Stands in for any handler that fails unexpectedly ({@link PortalApplicationTests}).
	 */
	@RestController
	static class FailingController {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

	/**
	 * A page whose template fails late, after much of it is written
	 * ({@link FailedRenderingTests}).
	 */
	@Controller
	static class FailingPage {

		@GetMapping("/test/fails-late")
		String page(Model model) {
			model.addAttribute("title", "x");
			model.addAttribute("boom", (Supplier<String>) () -> {
				throw new IllegalStateException(FailedRenderingTests.SECRET);
			});
			return "test/fails-late";
		}

	}

}
