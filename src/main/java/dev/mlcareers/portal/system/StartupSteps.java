package dev.mlcareers.portal.system;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;

/**
 * Where start-up time goes, behind a switch (issue 25): with the system property
 * {@code portal.startup-steps} or the environment variable {@code PORTAL_STARTUP_STEPS}
 * set to {@code true}, Spring records each start-up step, and once the portal is ready
 * the longest steps and the beans that took longest to create are logged. Off by default:
 * recording costs a little time and memory of its own.
 */
public final class StartupSteps implements ApplicationListener<ApplicationReadyEvent> {

	static final String PROPERTY = "portal.startup-steps";

	static final String VARIABLE = "PORTAL_STARTUP_STEPS";

	/** How many steps are kept: enough for every bean of a start. */
	static final int CAPACITY = 20_000;

	/** How many of the longest are logged. */
	static final int SHOWN = 25;

	private static final Log logger = LogFactory.getLog(StartupSteps.class);

	private final BufferingApplicationStartup startup;

	private StartupSteps(BufferingApplicationStartup startup) {
		this.startup = startup;
	}

	/** Records the start-up's steps if the switch is on. */
	public static void recordIfAsked(SpringApplication application) {
		String asked = System.getProperty(PROPERTY, System.getenv(VARIABLE));
		if (!"true".equalsIgnoreCase(asked)) {
			return;
		}
		BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
		application.setApplicationStartup(startup);
		application.addListeners(new StartupSteps(startup));
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<StartupTimeline.TimelineEvent> events = this.startup.drainBufferedTimeline().getEvents();
		logger.info(report(events));
	}

	/** The longest steps, and the total time per kind of step. */
	static String report(List<StartupTimeline.TimelineEvent> events) {
		StringBuilder report = new StringBuilder("Start-up steps (").append(events.size()).append(" recorded):\n");
		events.stream()
			.sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
			.limit(SHOWN)
			.forEach((event) -> report.append(String.format(Locale.ROOT, "%8d ms  %s %s%n",
					event.getDuration().toMillis(), event.getStartupStep().getName(), tags(event))));
		Map<String, Duration> byName = events.stream()
			.collect(Collectors.groupingBy((event) -> event.getStartupStep().getName(),
					Collectors.reducing(Duration.ZERO, StartupTimeline.TimelineEvent::getDuration, Duration::plus)));
		report.append("Per kind of step (nested steps count in their parents too):\n");
		byName.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
			.limit(SHOWN)
			.forEach((entry) -> report
				.append(String.format(Locale.ROOT, "%8d ms  %s%n", entry.getValue().toMillis(), entry.getKey())));
		return report.toString();
	}

	private static String tags(StartupTimeline.TimelineEvent event) {
		StringBuilder tags = new StringBuilder();
		event.getStartupStep()
			.getTags()
			.forEach((tag) -> tags.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
		return tags.toString().strip();
	}

}
