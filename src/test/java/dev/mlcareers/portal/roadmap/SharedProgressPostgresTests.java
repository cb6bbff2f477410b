package dev.mlcareers.portal.roadmap;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.support.Applications;
import dev.mlcareers.portal.support.OwnApplicationTest;
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
@OwnApplicationTest
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
	void aPhonePairedThroughOneInstanceSharesProgressWithALaptopOnTheOther() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		// Behind a proxy on the loopback address, which names each client.
		List<String> arguments = new ArrayList<>(database.arguments());
		arguments.add("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
		try (ConfigurableApplicationContext first = Applications.start(arguments);
				ConfigurableApplicationContext second = Applications.start(arguments)) {
			Visitor laptop = new Visitor(Applications.baseUrl(first)).from("192.0.2.1");
			laptop.submit(ROADMAP + "/steps/1", ROADMAP + "/steps/1/progress", Map.of("status", "done"));
			assertThat(laptop.page(ROADMAP)).as("kept by the first instance").contains("1 of 12 steps done");
			Matcher code = Pattern.compile("id=\"pairing-code\">([0-9A-Z-]{9})<")
				.matcher(laptop.submit(ROADMAP, "/devices/code", Map.of()).body());
			assertThat(code.find()).isTrue();

			// Tries from one address through both instances count against one limit.
			Visitor guesser = new Visitor(Applications.baseUrl(second)).from("203.0.113.7");
			for (int i = 0; i < 5; i++) {
				Visitor through = guesser.at(Applications.baseUrl((i % 2 == 0) ? first : second));
				assertThat(through.submit("/pair", "/pair", Map.of("code", "ZZZZ-ZZZ" + i)).statusCode())
					.isEqualTo(400);
			}
			HttpResponse<String> tooMany = guesser.submit("/pair", "/pair", Map.of("code", code.group(1)));
			assertThat(tooMany.statusCode()).as("even the right code").isEqualTo(429);
			assertThat(tooMany.headers().firstValue("Retry-After")).isPresent();

			Visitor phone = new Visitor(Applications.baseUrl(second)).from("198.51.100.4");
			assertThat(phone.submit("/pair", "/pair", Map.of("code", code.group(1))).statusCode()).isEqualTo(302);
			assertThat(phone.page(ROADMAP)).contains("1 of 12 steps done");
			assertThat(phone.page(ROADMAP)).as("kept by the second instance").contains("1 of 12 steps done");

			phone.submit(ROADMAP + "/steps/2", ROADMAP + "/steps/2/progress", Map.of("status", "done"));
			assertThat(laptop.page(ROADMAP)).as("the first instance, for the laptop").contains("2 of 12 steps done");
			laptop.submit(ROADMAP + "/steps/3", ROADMAP + "/steps/3/progress", Map.of("status", "done"));
			assertThat(phone.page(ROADMAP)).as("the second instance, for the phone").contains("3 of 12 steps done");
			assertThat(phone.at(Applications.baseUrl(first)).page(ROADMAP)).contains("3 of 12 steps done");

			// Unlinked through one instance, the phone shows nothing through the other.
			Matcher unlink = Pattern.compile("action=\"(/devices/\\d+/unlink)\"").matcher(laptop.page(ROADMAP));
			assertThat(unlink.find() && unlink.find()).isTrue();
			assertThat(laptop.submit(ROADMAP, unlink.group(1), Map.of()).statusCode()).isEqualTo(302);
			assertThat(phone.page(ROADMAP)).as("the second instance, for the unlinked phone")
				.contains("0 of 12 steps done");
			assertThat(laptop.at(Applications.baseUrl(second)).page(ROADMAP)).contains("3 of 12 steps done");
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
