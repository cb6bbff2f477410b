package dev.mlcareers.portal.roadmap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A content version that renumbers, merges or splits a roadmap's steps and keeps every
 * visitor's status and note: a Flyway Java migration whose subclass gives the content
 * changes ({@link #contentChanges()}) and where each old step's progress goes
 * ({@link #moves()}). Rules for combining progress are {@link StepMerge}'s; the moves are
 * recorded in {@code roadmap_step_move} (V21). See {@code docs/content-migrations.md}.
 * <p>
 * For each roadmap that a move names, the migration
 * <ol>
 * <li>moves all its visitors' rows of {@code step_progress} to
 * {@code step_progress_held}, so that the steps are free to change;</li>
 * <li>runs the content changes;</li>
 * <li>writes the progress back at the new numbers, reading the held rows one visitor at a
 * time: an old step with moves goes to the steps they name (combined, for a merge), an
 * old step without a move stays at its number;</li>
 * <li>records the moves and empties the holding table.</li>
 * </ol>
 * It fails, and Flyway rolls everything back, rather than drop anything: when a visitor
 * has progress on an old step that is gone and that no move accounts for, when a move
 * names a step that is not there, when a step without a move receives other steps'
 * progress, or when a merged note does not fit the column.
 * <p>
 * Spring Boot's Flyway looks for migrations in {@code spring.flyway.locations}
 * ({@code classpath:db/migration}), which finds Java migrations as well as SQL ones: a
 * subclass goes in the package {@code db.migration} under {@code src/main/java}, named
 * like a SQL migration ({@code V22__Merge_the_first_two_steps}). Content changes must be
 * data changes only (no DDL): H2 commits DDL at once, and a failure could then not roll
 * back.
 */
public abstract class RoadmapRestructuring extends BaseJavaMigration {

	private static final String HELD = "visitor_id, roadmap_slug, step_number, status, note, updated_at";

	private static final int BATCH = 500;

	/** The content changes: SQL statements run in order, data changes only. */
	protected abstract List<String> contentChanges();

	/** Where the progress on each old step that does not keep its number goes. */
	protected abstract List<StepMove> moves();

	@Override
	public final void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Map<String, List<StepMove>> movesByRoadmap = new TreeMap<>();
		for (StepMove move : moves()) {
			movesByRoadmap.computeIfAbsent(move.roadmapSlug(), (slug) -> new ArrayList<>()).add(move);
		}
		if (count(connection, "SELECT COUNT(*) FROM step_progress_held") != 0) {
			throw new IllegalStateException("step_progress_held is not empty: an earlier restructuring left rows");
		}
		Map<String, Map<Integer, String>> oldTitles = new HashMap<>();
		for (String roadmap : movesByRoadmap.keySet()) {
			oldTitles.put(roadmap, titles(connection, roadmap));
			hold(connection, roadmap);
		}
		try (Statement statement = connection.createStatement()) {
			for (String change : contentChanges()) {
				statement.execute(change);
			}
		}
		int version = contentVersion();
		if (count(connection, "SELECT COUNT(*) FROM content_version WHERE version = " + version) != 1
				|| count(connection, "SELECT COUNT(*) FROM content_version_page WHERE version = " + version) == 0) {
			throw new IllegalStateException("A restructuring changes content, so its content changes must record it: "
					+ "INSERT INTO content_version (version " + version
					+ ", with its day and summary) and content_version_page (the pages it changes); see "
					+ "docs/content-migrations.md");
		}
		for (Map.Entry<String, List<StepMove>> entry : movesByRoadmap.entrySet()) {
			String roadmap = entry.getKey();
			Map<Integer, String> before = oldTitles.get(roadmap);
			StepMovePlan plan = StepMovePlan.of(roadmap, entry.getValue(), before.keySet(),
					titles(connection, roadmap).keySet());
			refuseUnaccounted(connection, plan);
			writeBack(connection, plan, before);
			record(connection, entry.getValue());
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("DELETE FROM step_progress_held");
		}
	}

	/**
	 * The content version this restructuring records: its migration's version, a whole
	 * number, as {@code content_version.version} is.
	 */
	private int contentVersion() {
		String version = getVersion().getVersion();
		try {
			return Integer.parseInt(version);
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("A restructuring's version must be a whole number, as it is also "
					+ "its content version: " + version, ex);
		}
	}

	private static Map<Integer, String> titles(Connection connection, String roadmap) throws SQLException {
		Map<Integer, String> titles = new TreeMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT number, title FROM roadmap_step WHERE roadmap_slug = ?")) {
			select.setString(1, roadmap);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					titles.put(rows.getInt(1), rows.getString(2));
				}
			}
		}
		if (titles.isEmpty()) {
			throw new IllegalStateException("Roadmap " + roadmap + " has no steps");
		}
		return titles;
	}

	private static void hold(Connection connection, String roadmap) throws SQLException {
		try (PreparedStatement copy = connection.prepareStatement("INSERT INTO step_progress_held (" + HELD
				+ ") SELECT " + HELD + " FROM step_progress WHERE roadmap_slug = ?");
				PreparedStatement delete = connection
					.prepareStatement("DELETE FROM step_progress WHERE roadmap_slug = ?")) {
			copy.setString(1, roadmap);
			int held = copy.executeUpdate();
			delete.setString(1, roadmap);
			int deleted = delete.executeUpdate();
			if (held != deleted) {
				throw new IllegalStateException(
						"Roadmap " + roadmap + ": held " + held + " rows of progress but deleted " + deleted);
			}
		}
	}

	private static void refuseUnaccounted(Connection connection, StepMovePlan plan) throws SQLException {
		List<String> lost = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT step_number, COUNT(*) FROM step_progress_held WHERE roadmap_slug = ? GROUP BY step_number ORDER BY step_number")) {
			select.setString(1, plan.roadmapSlug());
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					if (plan.unaccounted().contains(rows.getInt(1))) {
						lost.add("step " + rows.getInt(1) + " (" + rows.getLong(2) + " visitors)");
					}
				}
			}
		}
		if (!lost.isEmpty()) {
			throw new IllegalStateException("Roadmap " + plan.roadmapSlug()
					+ ": visitors have progress on steps that are gone and that no move accounts for: "
					+ String.join(", ", lost));
		}
	}

	private static void writeBack(Connection connection, StepMovePlan plan, Map<Integer, String> oldTitles)
			throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT " + HELD + " FROM step_progress_held WHERE roadmap_slug = ? ORDER BY visitor_id, step_number");
				PreparedStatement insert = connection
					.prepareStatement("INSERT INTO step_progress (" + HELD + ") VALUES (?, ?, ?, ?, ?, ?)")) {
			select.setFetchSize(BATCH);
			select.setString(1, plan.roadmapSlug());
			try (ResultSet rows = select.executeQuery()) {
				Batch batch = new Batch(insert);
				String visitor = null;
				Map<Integer, StepMerge.OldStep> visitorsSteps = new TreeMap<>();
				while (rows.next()) {
					if (visitor != null && !visitor.equals(rows.getString(1))) {
						writeVisitor(batch, plan, oldTitles, visitor, visitorsSteps);
						visitorsSteps.clear();
					}
					visitor = rows.getString(1);
					int step = rows.getInt(3);
					Instant updatedAt = rows.getObject(6, OffsetDateTime.class).toInstant();
					visitorsSteps.put(step, new StepMerge.OldStep(step, oldTitles.get(step),
							StepStatus.find(rows.getString(4)).orElseThrow(), rows.getString(5), updatedAt));
				}
				if (visitor != null) {
					writeVisitor(batch, plan, oldTitles, visitor, visitorsSteps);
				}
				batch.flush();
			}
		}
	}

	private static void writeVisitor(Batch batch, StepMovePlan plan, Map<Integer, String> oldTitles, String visitor,
			Map<Integer, StepMerge.OldStep> steps) throws SQLException {
		SortedSet<Integer> newSteps = new TreeSet<>();
		steps.keySet().forEach((oldStep) -> newSteps.addAll(plan.targets(oldStep)));
		for (int newStep : newSteps) {
			List<StepMerge.OldStep> sources = plan.sources(newStep)
				.stream()
				.map((oldStep) -> steps.getOrDefault(oldStep,
						StepMerge.OldStep.untouched(oldStep, oldTitles.get(oldStep))))
				.toList();
			StepMerge.Progress progress = StepMerge.combine(sources);
			batch.add(visitor, plan.roadmapSlug(), newStep, progress);
		}
	}

	private void record(Connection connection, List<StepMove> moves) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO roadmap_step_move (migration_version, roadmap_slug, from_number, to_number) VALUES (?, ?, ?, ?)")) {
			for (StepMove move : moves) {
				insert.setString(1, getVersion().getVersion());
				insert.setString(2, move.roadmapSlug());
				insert.setInt(3, move.fromNumber());
				insert.setInt(4, move.toNumber());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/** Rows of progress written back, sent to the database a few hundred at a time. */
	private static final class Batch {

		private final PreparedStatement insert;

		private int pending;

		Batch(PreparedStatement insert) {
			this.insert = insert;
		}

		void add(String visitor, String roadmap, int step, StepMerge.Progress progress) throws SQLException {
			this.insert.setString(1, visitor);
			this.insert.setString(2, roadmap);
			this.insert.setInt(3, step);
			this.insert.setString(4, progress.status().code());
			this.insert.setString(5, progress.note());
			this.insert.setObject(6, progress.updatedAt().atOffset(ZoneOffset.UTC));
			this.insert.addBatch();
			if (++this.pending == BATCH) {
				flush();
			}
		}

		void flush() throws SQLException {
			if (this.pending > 0) {
				this.insert.executeBatch();
				this.pending = 0;
			}
		}

	}

}
