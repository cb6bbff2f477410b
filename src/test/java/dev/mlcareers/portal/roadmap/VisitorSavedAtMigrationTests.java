package dev.mlcareers.portal.roadmap;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code V17} on a database that holds visitors from before it: each gets as their last
 * save the latest of their row's creation, their steps' and their skills' save times, so
 * the retention job counts from what they really did last, and their progress stays.
 */
class VisitorSavedAtMigrationTests {

	@Test
	void aVisitorsLastSaveIsTheLatestOfWhatTheySaved() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(database).target("16").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		Timestamp created = at("2026-01-10T08:00:00Z");
		Timestamp step = at("2026-03-01T09:30:00Z");
		Timestamp skill = at("2026-02-14T12:00:00Z");
		jdbc.sql("INSERT INTO visitor (id, created_at) VALUES ('a', ?), ('b', ?), ('c', ?)")
			.params(created, created, created)
			.update();
		jdbc.sql("""
				INSERT INTO step_progress (visitor_id, roadmap_slug, step_number, status, note, updated_at)
				VALUES ('a', 'machine-learning-engineer', 1, 'done', 'kept', ?),
				       ('a', 'machine-learning-engineer', 2, 'skipped', NULL, ?)""").params(created, step).update();
		jdbc.sql(
				"INSERT INTO visitor_skill (visitor_id, skill_slug, saved_at) VALUES ('a', 'python', ?), ('b', 'sql', ?)")
			.params(skill, skill)
			.update();

		Flyway.configure().dataSource(database).load().migrate();

		assertThat(savedAt(jdbc, "a")).as("their latest step").isEqualTo(step);
		assertThat(savedAt(jdbc, "b")).as("their skill").isEqualTo(skill);
		assertThat(savedAt(jdbc, "c")).as("nothing but their row").isEqualTo(created);
		assertThat(jdbc.sql("SELECT note FROM step_progress WHERE visitor_id = 'a' AND step_number = 1")
			.query(String.class)
			.single()).isEqualTo("kept");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor_skill").query(Long.class).single()).isEqualTo(2);
	}

	private static Timestamp savedAt(JdbcClient jdbc, String id) {
		return jdbc.sql("SELECT saved_at FROM visitor WHERE id = ?").param(id).query(Timestamp.class).single();
	}

	private static Timestamp at(String instant) {
		return Timestamp.from(Instant.parse(instant));
	}

}
