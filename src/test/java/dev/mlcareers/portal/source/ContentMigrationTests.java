package dev.mlcareers.portal.source;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content corrections move forward without losing anything a visitor saved: a database
 * migrated only as far as the visitors' tables ({@code V12}), holding a visitor's
 * progress and notes on every step, is migrated to the latest version and still holds
 * them, row for row.
 */
class ContentMigrationTests {

	static final String PROGRESS = "SELECT visitor_id, roadmap_slug, step_number, status, note, updated_at FROM step_progress ORDER BY step_number";

	@Test
	void aDatabaseFromBeforeTheCorrectionsKeepsEveryVisitorsProgressAndNotes() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(database).target("12").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		String visitor = "a".repeat(64);
		Timestamp saved = Timestamp.from(Instant.parse("2026-11-30T10:15:30Z"));
		jdbc.sql("INSERT INTO visitor (id, created_at) VALUES (?, ?)").params(visitor, saved).update();
		String[] statuses = { "not-started", "in-progress", "done", "skipped" };
		for (int step = 1; step <= 12; step++) {
			jdbc.sql(
					"INSERT INTO step_progress (visitor_id, roadmap_slug, step_number, status, note, updated_at) VALUES (?, 'machine-learning-engineer', ?, ?, ?, ?)")
				.params(visitor, step, statuses[step % 4], (step % 3 == 0) ? null : "Step " + step + ":\n\n  my note ✓",
						saved)
				.update();
		}
		List<Map<String, Object>> before = jdbc.sql(PROGRESS).query().listOfRows();

		Flyway latest = Flyway.configure().dataSource(database).load();
		assertThat(latest.info().pending()).as("migrations after V12").isNotEmpty();
		latest.migrate();

		assertThat(latest.info().pending()).isEmpty();
		assertThat(jdbc.sql(PROGRESS).query().listOfRows()).hasSize(12).isEqualTo(before);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor").query(Long.class).single()).isOne();
	}

}
