package dev.mlcareers.portal.roadmap;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.mlcareers.portal.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A content version that merges, splits and renumbers a roadmap's steps keeps every
 * visitor's status and note: a database migrated to V21, where several visitors have
 * progress on the machine learning engineer roadmap's twelve steps, is migrated by the
 * tests' own version (V900, under {@code roadmap/restructuring}), on H2 and, when
 * {@value TestPostgres#URL_VARIABLE} names a server, on PostgreSQL.
 */
class RoadmapRestructuringMigrationTests {

	static final String ROADMAP = "machine-learning-engineer";

	static final String MERGING = "classpath:dev/mlcareers/portal/roadmap/restructuring/merge";

	static final String UNMAPPED = "classpath:dev/mlcareers/portal/roadmap/restructuring/unmapped";

	static final String UNVERSIONED = "classpath:dev/mlcareers/portal/roadmap/restructuring/unversioned";

	static final Instant SAVED = Instant.parse("2026-11-30T10:15:30Z");

	/** A full note of four-byte characters, which H2 counts as two each. */
	static final String FULL_NOTE = "😀".repeat(NoteText.MAX_LENGTH);

	/** The old step whose progress each new step gets, apart from step 3 (a merge). */
	static final Map<Integer, Integer> OLD_STEP_OF_NEW = Map.ofEntries(Map.entry(1, 1), Map.entry(2, 2),
			Map.entry(4, 5), Map.entry(5, 6), Map.entry(6, 7), Map.entry(7, 8), Map.entry(8, 9), Map.entry(9, 9),
			Map.entry(10, 10), Map.entry(11, 11), Map.entry(12, 12));

	static final String[] STATUSES = { "not-started", "in-progress", "done", "skipped" };

	@Test
	void mergedSplitAndRenumberedStepsKeepEveryStatusAndNoteOnH2() {
		mergedSplitAndRenumberedStepsKeepEveryStatusAndNote(h2());
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+")
	void mergedSplitAndRenumberedStepsKeepEveryStatusAndNoteOnPostgresql() {
		mergedSplitAndRenumberedStepsKeepEveryStatusAndNote(postgres());
	}

	@Test
	void progressOnAStepGoneWithoutAMoveFailsTheMigrationAndChangesNothingOnH2() {
		progressOnAStepGoneWithoutAMoveFailsTheMigrationAndChangesNothing(h2(), List.of("900 Failed"));
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+")
	void progressOnAStepGoneWithoutAMoveFailsTheMigrationAndChangesNothingOnPostgresql() {
		progressOnAStepGoneWithoutAMoveFailsTheMigrationAndChangesNothing(postgres(), List.of());
	}

	void mergedSplitAndRenumberedStepsKeepEveryStatusAndNote(DataSource database) {
		JdbcClient jdbc = migratedToV21WithProgress(database);
		Map<Integer, String> oldTitles = titles(jdbc);
		Map<String, Map<Integer, Row>> before = progress(jdbc);
		List<Map<String, Object>> visitors = jdbc.sql("SELECT id, created_at, saved_at FROM visitor ORDER BY id")
			.query()
			.listOfRows();

		Flyway restructuring = restructure(database, MERGING);
		assertThat(restructuring.info().pending()).hasSize(1);
		restructuring.migrate();

		assertThat(titles(jdbc)).hasSize(12)
			.containsEntry(3, "Steps three and four")
			.containsEntry(8, "First half of step nine")
			.containsEntry(12, "Step twelve renamed");
		Map<String, Map<Integer, Row>> after = progress(jdbc);
		assertThat(after.keySet()).as("visitors with progress").isEqualTo(before.keySet());
		for (String visitor : before.keySet()) {
			Map<Integer, Row> old = before.get(visitor);
			Map<Integer, Row> expected = new HashMap<>();
			OLD_STEP_OF_NEW.forEach((newStep, oldStep) -> expected.put(newStep, old.get(oldStep)));
			expected.put(3, mergedStepThree(visitor, old, oldTitles));
			assertThat(after.get(visitor)).as("progress of visitor %s", visitor).isEqualTo(expected);
		}
		assertThat(jdbc.sql("SELECT id, created_at, saved_at FROM visitor ORDER BY id").query().listOfRows())
			.as("visitors")
			.isEqualTo(visitors);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM step_progress_held").query(Long.class).single()).isZero();
		assertThat(jdbc.sql(
				"SELECT migration_version || ' ' || roadmap_slug || ' ' || from_number || '>' || to_number FROM roadmap_step_move")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("900 " + ROADMAP + " 3>3", "900 " + ROADMAP + " 4>3",
					"900 " + ROADMAP + " 5>4", "900 " + ROADMAP + " 6>5", "900 " + ROADMAP + " 7>6",
					"900 " + ROADMAP + " 8>7", "900 " + ROADMAP + " 9>8", "900 " + ROADMAP + " 9>9");
	}

	@Test
	void moreVisitorsThanOneFetchOrBatchHoldsAreAllMovedOnH2() {
		moreVisitorsThanOneFetchOrBatchHoldsAreAllMoved(h2());
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestPostgres.URL_VARIABLE, matches = ".+")
	void moreVisitorsThanOneFetchOrBatchHoldsAreAllMovedOnPostgresql() {
		moreVisitorsThanOneFetchOrBatchHoldsAreAllMoved(postgres());
	}

	/**
	 * The held rows are read a few hundred at a time and written back in batches of as
	 * many: 1,200 visitors with four steps each take several of both.
	 */
	void moreVisitorsThanOneFetchOrBatchHoldsAreAllMoved(DataSource database) {
		Flyway.configure().dataSource(database).target("21").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		List<Object[]> visitors = new ArrayList<>();
		List<Object[]> steps = new ArrayList<>();
		for (int visitor = 0; visitor < 1200; visitor++) {
			String id = String.format("%064d", visitor);
			visitors.add(new Object[] { id, Timestamp.from(SAVED) });
			for (int step : new int[] { 3, 4, 9, 12 }) {
				steps.add(new Object[] { id, step, (step == 4 && visitor % 2 == 0) ? "skipped" : "done",
						Timestamp.from(SAVED) });
			}
		}
		jdbc.batchUpdate("INSERT INTO visitor (id, created_at) VALUES (?, ?)", visitors);
		jdbc.batchUpdate(
				"INSERT INTO step_progress (visitor_id, roadmap_slug, step_number, status, updated_at) VALUES (?, '"
						+ ROADMAP + "', ?, ?, ?)",
				steps);

		restructure(database, MERGING).migrate();

		assertThat(jdbc.queryForList(
				"SELECT step_number || ' ' || status || ' ' || COUNT(*) FROM step_progress GROUP BY step_number, status",
				String.class))
			.containsExactlyInAnyOrder("3 done 600", "3 in-progress 600", "8 done 1200", "9 done 1200", "12 done 1200");
	}

	/**
	 * What each visitor's step 3 is after steps 3 and 4 merged, written out for each,
	 * with the rules of {@link StepMerge}.
	 */
	static Row mergedStepThree(String visitor, Map<Integer, Row> old, Map<Integer, String> oldTitles) {
		String fromThree = "From step 3, " + oldTitles.get(3) + ":\n";
		String fromFour = "From step 4, " + oldTitles.get(4) + ":\n";
		Instant three = (old.get(3) != null) ? old.get(3).updatedAt() : null;
		Instant four = (old.get(4) != null) ? old.get(4).updatedAt() : null;
		return switch (visitor.substring(0, 1)) {
			case "a" -> new Row("done", fromThree + FULL_NOTE + "\n\n" + fromFour + FULL_NOTE, four);
			case "b" -> new Row("in-progress", fromFour + "b on 4", four);
			case "c" -> new Row("skipped", null, four);
			case "d" -> new Row("not-started", fromThree + "d on 3", three);
			case "e" -> new Row("in-progress", null, four);
			case "f" -> new Row("not-started", fromThree + "f on 3\n\n" + fromFour + "f on 4", four);
			default -> throw new IllegalArgumentException(visitor);
		};
	}

	/**
	 * The data is as it was. PostgreSQL rolls back the schema history too; H2 cannot roll
	 * back DDL, so Flyway records the failed version there, and a fixed migration runs
	 * after a {@code flyway repair}.
	 */
	void progressOnAStepGoneWithoutAMoveFailsTheMigrationAndChangesNothing(DataSource database,
			List<String> historyOfTheFailure) {
		migratedToV21WithProgress(database);
		Map<String, List<Map<String, Object>>> before = everythingItTouches(database);
		List<String> history = history(database);

		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> restructure(database, UNMAPPED).migrate())
			.withStackTraceContaining("no move accounts for: step 12 (6 visitors)");

		assertThat(everythingItTouches(database)).isEqualTo(before);
		assertThat(history(database)).as("schema history").isEqualTo(concat(history, historyOfTheFailure));
	}

	@Test
	void aRestructuringThatRecordsNoContentVersionFailsAndChangesNothing() {
		DataSource database = h2();
		migratedToV21WithProgress(database);
		Map<String, List<Map<String, Object>>> before = everythingItTouches(database);
		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> restructure(database, UNVERSIONED).migrate())
			.withStackTraceContaining("must record it: INSERT INTO content_version (version 900");
		assertThat(everythingItTouches(database)).isEqualTo(before);
		assertThat(JdbcClient.create(database)
			.sql("SELECT summary FROM roadmap_step WHERE roadmap_slug = 'machine-learning-engineer' AND number = 4")
			.query(String.class)
			.single()).isNotEqualTo("Changed without a content version");
	}

	static List<String> history(DataSource database) {
		return Arrays.stream(restructure(database, UNMAPPED).info().applied())
			.map((migration) -> migration.getVersion().getVersion() + " " + migration.getState().getDisplayName())
			.toList();
	}

	static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	/**
	 * Six visitors, a to f, each with progress on every step but, for d and e, one of the
	 * two that merge; their statuses on those two cover the merge's rules. A seventh has
	 * no progress.
	 */
	static JdbcClient migratedToV21WithProgress(DataSource database) {
		Flyway.configure().dataSource(database).target("21").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		Map<Character, String[]> stepsThreeAndFour = Map.of('a', new String[] { "done", "done" }, 'b',
				new String[] { "done", "skipped" }, 'c', new String[] { "skipped", "skipped" }, 'd',
				new String[] { "not-started", null }, 'e', new String[] { null, "in-progress" }, 'f',
				new String[] { "skipped", "not-started" });
		for (char visitor = 'a'; visitor <= 'g'; visitor++) {
			String id = String.valueOf(visitor).repeat(64);
			jdbc.sql("INSERT INTO visitor (id, created_at, saved_at) VALUES (?, ?, ?)")
				.params(id, Timestamp.from(SAVED), Timestamp.from(SAVED))
				.update();
			if (visitor == 'g') {
				continue;
			}
			for (int step = 1; step <= 12; step++) {
				String status = STATUSES[(step + visitor) % 4];
				String note = ((step + visitor) % 3 == 0) ? null : visitor + " on " + step + ":\n\n  a note ✓";
				if (step == 3 || step == 4) {
					status = stepsThreeAndFour.get(visitor)[step - 3];
					if (status == null) {
						continue;
					}
					note = switch (visitor) {
						case 'a' -> FULL_NOTE;
						case 'b' -> (step == 4) ? "b on 4" : null;
						case 'c', 'e' -> null;
						default -> visitor + " on " + step;
					};
				}
				Instant updatedAt = SAVED.plus(step * 7 + visitor, ChronoUnit.MINUTES);
				jdbc.sql(
						"INSERT INTO step_progress (visitor_id, roadmap_slug, step_number, status, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
					.params(id, ROADMAP, step, status, note, Timestamp.from(updatedAt))
					.update();
			}
		}
		return jdbc;
	}

	/** The tests' version, after V21 and without the migrations that come after it. */
	static Flyway restructure(DataSource database, String location) {
		Flyway flyway = Flyway.configure()
			.dataSource(database)
			.locations(location)
			.ignoreMigrationPatterns("*:missing")
			.load();
		return flyway;
	}

	static Map<String, List<Map<String, Object>>> everythingItTouches(DataSource database) {
		JdbcClient jdbc = JdbcClient.create(database);
		Map<String, List<Map<String, Object>>> rows = new HashMap<>();
		for (String query : List.of(
				"SELECT visitor_id, roadmap_slug, step_number, status, note, updated_at FROM step_progress ORDER BY visitor_id, step_number",
				"SELECT * FROM step_progress_held", "SELECT * FROM roadmap_step_move",
				"SELECT id, roadmap_slug, number, title, summary, why FROM roadmap_step ORDER BY id",
				"SELECT step_id, source_path_step_id FROM roadmap_step_origin ORDER BY step_id, source_path_step_id",
				"SELECT step_id, skill_slug FROM roadmap_step_skill ORDER BY step_id, skill_slug")) {
			rows.put(query, jdbc.sql(query).query().listOfRows());
		}
		return rows;
	}

	static Map<Integer, String> titles(JdbcClient jdbc) {
		Map<Integer, String> titles = new HashMap<>();
		jdbc.sql("SELECT number, title FROM roadmap_step WHERE roadmap_slug = ?")
			.param(ROADMAP)
			.query((row, index) -> titles.put(row.getInt(1), row.getString(2)))
			.list();
		return titles;
	}

	/** Each visitor's progress by step number. */
	static Map<String, Map<Integer, Row>> progress(JdbcClient jdbc) {
		Map<String, Map<Integer, Row>> progress = new HashMap<>();
		jdbc.sql("SELECT visitor_id, step_number, status, note, updated_at FROM step_progress WHERE roadmap_slug = ?")
			.param(ROADMAP)
			.query((row, index) -> progress.computeIfAbsent(row.getString(1), (visitor) -> new HashMap<>())
				.put(row.getInt(2),
						new Row(row.getString(3), row.getString(4),
								row.getObject(5, OffsetDateTime.class).toInstant())))
			.list();
		return progress;
	}

	static DataSource h2() {
		return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	static DataSource postgres() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		return new DriverManagerDataSource(database.url(), database.username(), database.password());
	}

	record Row(String status, String note, Instant updatedAt) {
	}

}
