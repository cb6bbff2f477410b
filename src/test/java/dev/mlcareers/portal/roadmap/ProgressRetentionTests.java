package dev.mlcareers.portal.roadmap;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import dev.mlcareers.portal.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention job, on the embedded database and (in the PostgreSQL run) on PostgreSQL,
 * with a clock of its own: progress nobody has saved for 400 days goes, with its notes
 * and skills; progress saved a day later stays; running it again, or on another instance
 * at once, deletes nothing more.
 */
@ApplicationTest
class ProgressRetentionTests {

	/**
	 * The clock's time: now, since the other tests' visitors on the same database saved
	 * just now and must stay.
	 */
	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	VisitorRepository visitors;

	@Autowired
	PairingRepository pairing;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgressService progress;

	@Test
	void deletesTheProgressNobodySavedForFourHundredDaysAndNothingElse() {
		String forgotten = visitor(NOW.minus(Duration.ofDays(401)).minusSeconds(1));
		String kept = visitor(NOW.minus(Duration.ofDays(400)));
		String justNow = visitor(NOW);
		ProgressRetention retention = new ProgressRetention(this.visitors, this.pairing, this.transactions,
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(retention.deleteForgotten()).isEqualTo(1);
		assertThat(rows(forgotten)).as("the visitor, their browser, their step and their skill")
			.containsExactly(0, 0, 0, 0);
		assertThat(rows(kept)).containsExactly(1, 1, 1, 1);
		assertThat(rows(justNow)).containsExactly(1, 1, 1, 1);
		assertThat(retention.deleteForgotten()).as("again").isZero();

		ProgressRetention aYearLater = new ProgressRetention(this.visitors, this.pairing, this.transactions,
				Clock.fixed(NOW.plus(Duration.ofDays(365)), ZoneOffset.UTC));
		assertThat(aYearLater.deleteForgotten()).isEqualTo(1);
		assertThat(rows(kept)).containsExactly(0, 0, 0, 0);
		assertThat(rows(justNow)).containsExactly(1, 1, 1, 1);
		this.jdbc.sql("DELETE FROM visitor WHERE id = ?").param(justNow).update();
	}

	@Test
	void everySaveMovesTheVisitorsLastSave() {
		VisitorToken token = this.progress
			.saveStatus(Optional.empty(), "machine-learning-engineer", 4, StepStatus.IN_PROGRESS)
			.orElseThrow()
			.token();
		String id = Visitors.idOf(this.jdbc, token);
		Timestamp old = Timestamp.from(NOW.minus(Duration.ofDays(500)));
		this.jdbc.sql("UPDATE visitor SET saved_at = ? WHERE id = ?").params(old, id).update();
		this.progress.saveNote(Optional.of(token), "machine-learning-engineer", 4, "moved on");
		assertThat(savedAt(id)).isAfter(old.toInstant());
		this.jdbc.sql("UPDATE visitor SET saved_at = ? WHERE id = ?").params(old, id).update();
		this.progress.saveSkills(Optional.of(token), Set.of("sql"));
		assertThat(savedAt(id)).isAfter(old.toInstant());
		this.jdbc.sql("DELETE FROM visitor WHERE id = ?").param(id).update();
	}

	private Instant savedAt(String id) {
		return this.jdbc.sql("SELECT saved_at FROM visitor WHERE id = ?")
			.param(id)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/** A visitor who last saved then: one browser, one step with a note, one skill. */
	private String visitor(Instant savedAt) {
		String id = Visitors.insert(this.jdbc, VisitorToken.random(), savedAt);
		Timestamp at = Timestamp.from(savedAt);
		this.jdbc.sql("""
				INSERT INTO step_progress (visitor_id, roadmap_slug, step_number, status, note, updated_at)
				VALUES (?, 'machine-learning-engineer', 2, 'done', 'a note', ?)""").params(id, at).update();
		this.jdbc.sql("INSERT INTO visitor_skill (visitor_id, skill_slug, saved_at) VALUES (?, 'python', ?)")
			.params(id, at)
			.update();
		return id;
	}

	private int[] rows(String id) {
		return new int[] { count("SELECT COUNT(*) FROM visitor WHERE id = ?", id),
				count("SELECT COUNT(*) FROM device WHERE visitor_id = ?", id),
				count("SELECT COUNT(*) FROM step_progress WHERE visitor_id = ?", id),
				count("SELECT COUNT(*) FROM visitor_skill WHERE visitor_id = ?", id) };
	}

	private int count(String sql, String id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single().intValue();
	}

}
