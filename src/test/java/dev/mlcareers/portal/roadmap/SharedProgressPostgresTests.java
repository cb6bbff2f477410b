package dev.mlcareers.portal.roadmap;

import java.util.Map;

import dev.mlcareers.portal.support.Applications;
import dev.mlcareers.portal.support.TestPostgres;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL database, as behind a load balancer
 * without sticky sessions: whichever instance a visitor's request reaches, it sees every
 * save made through either, even where it keeps that visitor's pages in memory.
 */
class SharedProgressPostgresTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	@Test
	void aVisitorSeesThroughEitherInstanceWhatTheySavedThroughTheOther() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		try (ConfigurableApplicationContext first = Applications.start(database.arguments());
				ConfigurableApplicationContext second = Applications.start(database.arguments())) {
			Visitor throughFirst = new Visitor(Applications.baseUrl(first));
			assertThat(
					throughFirst.submit(ROADMAP + "/steps/1", ROADMAP + "/steps/1/progress", Map.of("status", "done"))
						.statusCode())
				.isEqualTo(302);

			Visitor throughSecond = throughFirst.at(Applications.baseUrl(second));
			assertThat(throughSecond.page(ROADMAP)).contains("1 of 12 steps done");
			assertThat(throughSecond.page(ROADMAP)).as("kept by the second instance").contains("1 of 12 steps done");

			assertThat(
					throughFirst.submit(ROADMAP + "/steps/2", ROADMAP + "/steps/2/progress", Map.of("status", "done"))
						.statusCode())
				.isEqualTo(302);
			throughSecond = throughFirst.at(Applications.baseUrl(second));
			assertThat(throughSecond.page(ROADMAP)).as("after a save through the first").contains("2 of 12 steps done");

			assertThat(throughSecond
				.submit(ROADMAP + "/steps/3", ROADMAP + "/steps/3/note", Map.of("note", "Saved through the second"))
				.statusCode()).isEqualTo(302);
			Visitor backThroughFirst = throughSecond.at(Applications.baseUrl(first));
			assertThat(backThroughFirst.page(ROADMAP + "/steps/3")).contains(">Saved through the second</textarea>");
			assertThat(backThroughFirst.page(ROADMAP)).contains("2 of 12 steps done");
			assertThat(new Visitor(Applications.baseUrl(second)).page(ROADMAP)).contains("0 of 12 steps done");
		}
	}

	@Test
	void whenOneInstanceStopsTheOtherKeepsTakingAVisitorsSaves() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		try (ConfigurableApplicationContext second = Applications.start(database.arguments())) {
			Visitor throughFirst;
			try (ConfigurableApplicationContext first = Applications.start(database.arguments())) {
				throughFirst = new Visitor(Applications.baseUrl(first));
				assertThat(throughFirst
					.submit(ROADMAP + "/steps/4", ROADMAP + "/steps/4/note", Map.of("note", "Saved before it stopped"))
					.statusCode()).isEqualTo(302);
				Visitor early = throughFirst.at(Applications.baseUrl(second));
				assertThat(early.page(ROADMAP + "/steps/4")).as("kept by the second instance too")
					.contains(">Saved before it stopped</textarea>");
			}
			Visitor throughSecond = throughFirst.at(Applications.baseUrl(second));
			assertThat(
					throughSecond.submit(ROADMAP + "/steps/4", ROADMAP + "/steps/4/progress", Map.of("status", "done"))
						.statusCode())
				.as("a save through the instance still running")
				.isEqualTo(302);
			assertThat(throughSecond.page(ROADMAP + "/steps/4")).contains(">Saved before it stopped</textarea>")
				.contains("Status: Done");
			assertThat(throughSecond.page(ROADMAP)).contains("1 of 12 steps done");
		}
	}

}
