package dev.mlcareers.portal.system;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

import static org.assertj.core.api.Assertions.assertThat;

class StartupStepsTests {

	@Test
	void recordsNothingUnlessAsked() {
		SpringApplication application = new SpringApplication(StartupStepsTests.class);
		StartupSteps.recordIfAsked(application);
		assertThat(application.getApplicationStartup()).isSameAs(ApplicationStartup.DEFAULT);
		System.setProperty(StartupSteps.PROPERTY, "true");
		try {
			SpringApplication asked = new SpringApplication(StartupStepsTests.class);
			StartupSteps.recordIfAsked(asked);
			assertThat(asked.getApplicationStartup()).isInstanceOf(BufferingApplicationStartup.class);
			assertThat(asked.getListeners()).hasAtLeastOneElementOfType(StartupSteps.class);
		}
		finally {
			System.clearProperty(StartupSteps.PROPERTY);
		}
	}

	@Test
	void reportsTheLongestStepsFirstAndTheTotalPerKind() throws InterruptedException {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(10);
		StartupStep slow = startup.start("spring.beans.instantiate").tag("beanName", "searchService");
		Thread.sleep(30);
		slow.end();
		startup.start("spring.beans.instantiate").tag("beanName", "homeController").end();
		startup.start("spring.boot.webserver.create").end();
		String report = StartupSteps.report(startup.drainBufferedTimeline().getEvents());
		assertThat(report).startsWith("Start-up steps (3 recorded):\n");
		assertThat(report.indexOf("beanName=searchService")).isPositive()
			.isLessThan(report.indexOf("beanName=homeController"));
		assertThat(report).containsPattern("\\n +[0-9]+ ms  spring\\.beans\\.instantiate\\n");
		assertThat(report.substring(report.indexOf("Per kind")).indexOf("spring.beans.instantiate"))
			.isLessThan(report.substring(report.indexOf("Per kind")).indexOf("spring.boot.webserver.create"));
	}

}
