package dev.mlcareers.portal.roadmap;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Visitors as the database knows them, for tests that read or write its rows: a visitor's
 * id is no token's hash, and a browser reaches its visitor through its row in
 * {@code device}.
 */
final class Visitors {

	private Visitors() {
	}

	/**
	 * The id of the visitor whose progress the browser with this token shows; fails if it
	 * shows none.
	 */
	static String idOf(JdbcClient jdbc, VisitorToken token) {
		return jdbc.sql("SELECT visitor_id FROM device WHERE token_hash = ?")
			.param(token.hash())
			.query(String.class)
			.single();
	}

	/**
	 * Adds what an instance of the version before devices adds for a first save: a
	 * visitor under the token's hash, with one step's status and note, and no device row.
	 */
	static void insertWithoutDevice(JdbcClient jdbc, VisitorToken token, String roadmapSlug, int step, String status,
			String note) {
		jdbc.sql("INSERT INTO visitor (id, created_at, saved_at) VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
			.param(token.hash())
			.update();
		jdbc.sql("INSERT INTO step_progress (visitor_id, roadmap_slug, step_number, status, note, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")
			.params(token.hash(), roadmapSlug, step, status, note)
			.update();
	}

	/**
	 * Adds a visitor who first and last saved then, and one browser linked to them, the
	 * one with this token, as a first save does (the visitor's id is that browser's token
	 * hash); the visitor's id.
	 */
	static String insert(JdbcClient jdbc, VisitorToken token, Instant savedAt) {
		String id = token.hash();
		Timestamp at = Timestamp.from(savedAt);
		jdbc.sql("INSERT INTO visitor (id, created_at, saved_at) VALUES (?, ?, ?)").params(id, at, at).update();
		jdbc.sql("INSERT INTO device (token_hash, visitor_id, linked_at, saved_at) VALUES (?, ?, ?, ?)")
			.params(token.hash(), id, at, at)
			.update();
		return id;
	}

}
