package dev.mlcareers.portal.roadmap;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Applications;
import dev.mlcareers.portal.support.HtmlValidator;
import dev.mlcareers.portal.support.OwnApplicationTest;
import dev.mlcareers.portal.support.TestPostgres;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress through the whole application, as browsers save it: it survives a restart on
 * the same database file, and each browser sees only its own.
 */
@OwnApplicationTest
class ProgressApplicationTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	@TempDir
	Path dataDirectory;

	List<String> database;

	@Test
	void progressAndNotesSurviveARestartOnTheSameDatabaseFile() {
		Visitor visitor;
		try (ConfigurableApplicationContext first = start()) {
			visitor = new Visitor(Applications.baseUrl(first));
			assertThat(visitor.submit(ROADMAP + "/steps/1", ROADMAP + "/steps/1/progress", Map.of("status", "done"))
				.statusCode()).isEqualTo(302);
			assertThat(visitor
				.submit(ROADMAP + "/steps/2", ROADMAP + "/steps/2/note",
						Map.of("note", "Finish the course\r\nthen the book"))
				.statusCode()).isEqualTo(302);
		}
		try (ConfigurableApplicationContext second = start()) {
			Visitor again = visitor.at(Applications.baseUrl(second));
			assertThat(again.page(ROADMAP)).contains("1 of 12 steps done");
			assertThat(again.page(ROADMAP + "/steps/2")).contains(">Finish the course\nthen the book</textarea>");
		}
	}

	/**
	 * The rest in the application context the full-application tests share (on
	 * PostgreSQL, in the test run there): each visitor sees only their own progress.
	 */
	@Nested
	@ApplicationTest
	class InTheSharedApplication {

		@Value("http://localhost:${local.server.port}")
		String base;

		@Test
		void twoBrowsersNeverSeeEachOthersProgress() {
			Visitor alice = new Visitor(this.base);
			Visitor bob = new Visitor(this.base);
			assertThat(alice.page(ROADMAP)).contains("0 of 12 steps done");
			assertThat(alice.hasCookie("mlc_visitor")).as("a cookie before any save").isFalse();
			HttpResponse<String> saved = alice.submit(ROADMAP + "/steps/3", ROADMAP + "/steps/3/progress",
					Map.of("status", "done"));
			assertThat(saved.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith(ROADMAP + "/steps/3?saved=status"));
			alice.submit(ROADMAP + "/steps/3", ROADMAP + "/steps/3/note", Map.of("note", "Alice's private note"));
			assertThat(alice.hasCookie("mlc_visitor")).isTrue();
			assertThat(bob.page(ROADMAP)).contains("0 of 12 steps done");
			assertThat(bob.page(ROADMAP + "/steps/3")).doesNotContain("Alice's private note")
				.contains("Status: Not started");
			assertThat(bob.get(ROADMAP + "/progress.json").body()).doesNotContain("Alice").contains("\"steps\" : [ ]");
			bob.submit(ROADMAP + "/reset", ROADMAP + "/reset", Map.of());
			assertThat(alice.page(ROADMAP)).contains("1 of 12 steps done");
			assertThat(alice.page(ROADMAP + "/steps/3")).contains("Alice&#39;s private note");
		}

		@Test
		void pagesWithProgressAndWithARefusalAreValidHtml() {
			Visitor visitor = new Visitor(this.base);
			visitor.submit(ROADMAP + "/steps/5", ROADMAP + "/steps/5/progress", Map.of("status", "skipped"));
			visitor.submit(ROADMAP + "/steps/5", ROADMAP + "/steps/5/note", Map.of("note", "Line one\nLine <two>"));
			HtmlValidator.assertValid(visitor.page(ROADMAP + "?saved=note"), "overview with progress");
			HtmlValidator.assertValid(visitor.page(ROADMAP + "/steps/5?saved=status"), "step with progress");
			HtmlValidator.assertValid(visitor.page(ROADMAP + "/reset"), "reset with progress");
			visitor.submit(ROADMAP + "/steps/3", ROADMAP + "/steps/3/progress", Map.of("status", "done"));
			visitor.submit("/skills/check/remember?have=python", "/skills/check", Map.of("have", "python"));
			HtmlValidator.assertValid(visitor.page("/skills/check?remembered=yes"), "own skills check");
			HtmlValidator.assertValid(visitor.page("/roles/machine-learning-engineer"), "role with skills marked");
			HtmlValidator.assertValid(visitor.page("/skills/python"), "skill marked");
			HtmlValidator.assertValid(
					visitor.page("/roles/compare?roles=machine-learning-engineer&roles=data-scientist"),
					"comparison with skills marked");
			HtmlValidator.assertValid(visitor.page(ROADMAP), "overview with next steps");
			HttpResponse<String> unknown = visitor.get("/skills/check?have=madeup");
			assertThat(unknown.statusCode()).isEqualTo(400);
			HtmlValidator.assertValid(unknown.body(), "refused skills check");
			HttpResponse<String> refused = visitor.submit(ROADMAP + "/steps/5", ROADMAP + "/steps/5/note",
					Map.of("note", "y".repeat(2001)));
			assertThat(refused.statusCode()).isEqualTo(400);
			HtmlValidator.assertValid(refused.body(), "refused note");
			assertThat(visitor.page(ROADMAP + "/steps/5")).contains(">Line one\nLine &lt;two&gt;</textarea>");
		}

		@Test
		void twoTabsSavingAStepAtOnceBothHaveTheirSaveAndOneOfThemStays() throws Exception {
			Visitor visitor = new Visitor(this.base);
			fromTwoTabsAtOnce(visitor, (page) -> status(visitor, page, "done"),
					(page) -> status(visitor, page, "skipped"));
			String export = visitor.get(ROADMAP + "/progress.json").body();
			assertThat(export.split("\"status\" : \"(done|skipped)\"", -1)).as(export).hasSize(13);
		}

		@Test
		void aStatusSaveAndANoteSaveOfTheSameStepAtTheSameMomentBothStay() throws Exception {
			Visitor visitor = new Visitor(this.base);
			fromTwoTabsAtOnce(visitor, (page) -> status(visitor, page, "done"),
					(page) -> visitor.submit(page, page + "/note", Map.of("note", "note of " + page)).statusCode());
			String export = visitor.get(ROADMAP + "/progress.json").body();
			for (int step = 2; step <= 12; step++) {
				assertThat(export).as("step %d", step)
					.containsPattern("\"step\" : " + step
							+ ",\\s*\"title\" : \"[^\"]*\",\\s*\"status\" : \"done\",\\s*\"note\" : \"note of "
							+ ROADMAP + "/steps/" + step + "\"");
			}
		}

		@Test
		void aBodyOverTheLimitIsRefusedWith413AndSavesNothing() {
			Visitor visitor = new Visitor(this.base);
			HttpResponse<String> refused = visitor.submit(ROADMAP + "/steps/1", ROADMAP + "/steps/1/note",
					Map.of("note", "x".repeat(1_100_000)));
			assertThat(refused.statusCode()).isEqualTo(413);
			assertThat(refused.body()).contains("That was too large");
			assertThat(visitor.hasCookie("mlc_visitor")).isFalse();
		}

	}

	/**
	 * After a first save of step 1, for each of steps 2 to 12 two saves sent at the same
	 * moment, as from two tabs; each must be answered with its redirect.
	 */
	private static void fromTwoTabsAtOnce(Visitor visitor, Save first, Save second) throws Exception {
		assertThat(status(visitor, ROADMAP + "/steps/1", "done")).isEqualTo(302);
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			for (int step = 2; step <= 12; step++) {
				String page = ROADMAP + "/steps/" + step;
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Integer> one = tabs.submit(() -> {
					together.await();
					return first.send(page);
				});
				Future<Integer> other = tabs.submit(() -> {
					together.await();
					return second.send(page);
				});
				assertThat(List.of(one.get(), other.get())).as("both saves of step %d", step).containsOnly(302);
			}
		}
		finally {
			tabs.shutdownNow();
		}
	}

	private static int status(Visitor visitor, String page, String status) {
		return visitor.submit(page, page + "/progress", Map.of("status", status)).statusCode();
	}

	/** One save of a step's page, answered with this status. */
	@FunctionalInterface
	private interface Save {

		int send(String page) throws Exception;

	}

	/**
	 * The application on this test's database: a file of H2's, or in the test run on
	 * PostgreSQL a database of its own there.
	 */
	private ConfigurableApplicationContext start() {
		if (this.database == null) {
			this.database = TestPostgres.selected() ? TestPostgres.newDatabase().arguments() : List
				.of("--spring.datasource.url=jdbc:h2:file:" + this.dataDirectory.resolve("portal").toAbsolutePath());
		}
		return Applications.start(this.database);
	}

}
