package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Progress on the real schema: keys, cascades, constraints. */
@ContentServiceTest
class ProgressServiceTests {

	static final String SLUG = "machine-learning-engineer";

	@Autowired
	ProgressService progress;

	@Autowired
	RoadmapService catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEntityManager entityManager;

	RoadmapView roadmap;

	@BeforeEach
	void roadmap() {
		this.roadmap = this.catalog.roadmap(SLUG).orElseThrow();
	}

	@Test
	void aFirstSaveCreatesAVisitorAndTheirFirstBrowserKnownOnlyByTheHashOfItsToken() {
		SaveReceipt saved = this.progress.saveStatus(Optional.empty(), SLUG, 1, StepStatus.DONE).orElseThrow();
		VisitorToken token = saved.token();
		assertThat(saved.linked()).as("shown on no other browser").isFalse();
		this.entityManager.flush();
		assertThat(this.jdbc.sql("SELECT token_hash FROM device").query(String.class).list())
			.containsExactly(token.hash())
			.doesNotContain(token.value());
		assertThat(this.jdbc.sql("SELECT id FROM visitor").query(String.class).list())
			.as("as before devices, so that an instance of that version finds them during a rolling upgrade")
			.containsExactly(token.hash())
			.containsExactly(Visitors.idOf(this.jdbc, token));
		assertThat(this.progress.progress(Optional.of(token), this.roadmap).status(1)).isEqualTo(StepStatus.DONE);
	}

	@Test
	void aVisitorMadeByAnInstanceOfTheVersionBeforeDevicesIsFoundAndAdoptedByTheirBrowser() {
		VisitorToken token = VisitorToken.random();
		Visitors.insertWithoutDevice(this.jdbc, token, SLUG, 3, "done", "Saved by the old version");
		RoadmapProgress before = this.progress.progress(Optional.of(token), this.roadmap);
		assertThat(before.status(3)).isEqualTo(StepStatus.DONE);
		assertThat(before.note(3)).isEqualTo("Saved by the old version");

		SaveReceipt saved = this.progress.saveStatus(Optional.of(token), SLUG, 4, StepStatus.IN_PROGRESS).orElseThrow();
		assertThat(saved.token()).as("the same visitor, not a new one").isEqualTo(token);
		this.entityManager.flush();
		assertThat(Visitors.idOf(this.jdbc, token)).isEqualTo(token.hash());
		RoadmapProgress after = this.progress.progress(Optional.of(token), this.roadmap);
		assertThat(after.status(3)).isEqualTo(StepStatus.DONE);
		assertThat(after.status(4)).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void anUnknownTokenIsANewVisitorNeverAnError() {
		VisitorToken stranger = VisitorToken.random();
		assertThat(this.progress.progress(Optional.of(stranger), this.roadmap).isEmpty()).isTrue();
		VisitorToken issued = this.progress.saveStatus(Optional.of(stranger), SLUG, 1, StepStatus.DONE)
			.orElseThrow()
			.token();
		assertThat(issued).isNotEqualTo(stranger);
		assertThat(this.progress.progress(Optional.of(stranger), this.roadmap).isEmpty()).isTrue();
	}

	@Test
	void aKnownVisitorKeepsTheirTokenAndStatusAndNoteAreSavedApart() {
		VisitorToken token = this.progress.saveStatus(Optional.empty(), SLUG, 3, StepStatus.IN_PROGRESS)
			.orElseThrow()
			.token();
		assertThat(this.progress.saveNote(Optional.of(token), SLUG, 3, "Khan Academy first"))
			.hasValue(new SaveReceipt(token, false));
		assertThat(this.progress.saveStatus(Optional.of(token), SLUG, 3, StepStatus.DONE))
			.hasValue(new SaveReceipt(token, false));
		RoadmapProgress saved = this.progress.progress(Optional.of(token), this.roadmap);
		assertThat(saved.status(3)).isEqualTo(StepStatus.DONE);
		assertThat(saved.note(3)).isEqualTo("Khan Academy first");
	}

	@Test
	void twoVisitorsNeverSeeEachOthersProgress() {
		VisitorToken alice = this.progress.saveStatus(Optional.empty(), SLUG, 1, StepStatus.DONE).orElseThrow().token();
		VisitorToken bob = this.progress.saveNote(Optional.empty(), SLUG, 1, "Bob's note").orElseThrow().token();
		assertThat(this.progress.progress(Optional.of(alice), this.roadmap).note(1)).isEmpty();
		assertThat(this.progress.progress(Optional.of(bob), this.roadmap).status(1)).isEqualTo(StepStatus.NOT_STARTED);
		this.progress.reset(Optional.of(bob), SLUG);
		assertThat(this.progress.progress(Optional.of(alice), this.roadmap).done()).isEqualTo(1);
	}

	@Test
	void aStepBackToNothingLeavesNoRow() {
		VisitorToken token = this.progress.saveStatus(Optional.empty(), SLUG, 2, StepStatus.DONE).orElseThrow().token();
		this.progress.saveStatus(Optional.of(token), SLUG, 2, StepStatus.NOT_STARTED);
		assertThat(rows()).isZero();
		this.progress.saveNote(Optional.of(token), SLUG, 2, "kept");
		this.progress.saveNote(Optional.of(token), SLUG, 2, "");
		assertThat(rows()).isZero();
	}

	@Test
	void importReplacesEverythingAndResetClearsIt() {
		VisitorToken token = this.progress.saveStatus(Optional.empty(), SLUG, 1, StepStatus.DONE).orElseThrow().token();
		this.progress.replaceAll(Optional.of(token), SLUG,
				List.of(new SavedStep(4, StepStatus.SKIPPED, null), new SavedStep(5, StepStatus.NOT_STARTED, "n")));
		RoadmapProgress imported = this.progress.progress(Optional.of(token), this.roadmap);
		assertThat(imported.status(1)).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(imported.status(4)).isEqualTo(StepStatus.SKIPPED);
		assertThat(imported.note(5)).isEqualTo("n");
		this.progress.reset(Optional.of(token), SLUG);
		assertThat(this.progress.progress(Optional.of(token), this.roadmap).isEmpty()).isTrue();
	}

	@Test
	void theSchemaRefusesStepsTheRoadmapDoesNotHave() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> {
			this.progress.saveStatus(Optional.empty(), SLUG, 13, StepStatus.DONE);
			this.entityManager.flush();
		});
	}

	private long rows() {
		this.entityManager.flush();
		return this.jdbc.sql("SELECT COUNT(*) FROM step_progress").query(Long.class).single();
	}

	@Test
	void savedSkillsAreKeptApartFromProgressAndStepsMarkedDoneTeachTheirSkills() {
		VisitorToken token = this.progress.saveNote(Optional.empty(), SLUG, 3, "Maths first.").orElseThrow().token();
		assertThat(this.progress.saveSkills(Optional.of(token), java.util.Set.of("python", "sql")))
			.hasValue(new SaveReceipt(token, false));
		this.progress.saveStatus(Optional.of(token), SLUG, 3, StepStatus.DONE);
		SkillHoldings skills = this.progress.skills(Optional.of(token));
		assertThat(skills.said()).containsExactlyInAnyOrder("python", "sql");
		assertThat(skills.learned()).containsKey("calculus");
		assertThat(skills.learned().get("calculus")).extracting(StepLink::number).containsExactly(3);
		assertThat(this.progress.progress(Optional.of(token), this.roadmap).note(3)).isEqualTo("Maths first.");

		this.progress.saveSkills(Optional.of(token), java.util.Set.of("git"));
		assertThat(this.progress.skills(Optional.of(token)).said()).containsExactly("git");
		this.progress.saveStatus(Optional.of(token), SLUG, 3, StepStatus.IN_PROGRESS);
		assertThat(this.progress.skills(Optional.of(token)).learned()).isEmpty();
		assertThat(this.progress.skills(Optional.of(token)).said()).containsExactly("git");
	}

	@Test
	void rememberingNoSkillKeepsNothingForANewVisitor() {
		assertThat(this.progress.saveSkills(Optional.empty(), java.util.Set.of())).isEmpty();
		assertThat(this.progress.saveSkills(Optional.of(VisitorToken.random()), java.util.Set.of())).isEmpty();
		this.entityManager.flush();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM visitor").query(Long.class).single()).isZero();
	}

	@Test
	void anImportWithSkillsReplacesThemAndOneWithoutLeavesThem() {
		VisitorToken token = this.progress.saveSkills(Optional.empty(), java.util.Set.of("python"))
			.orElseThrow()
			.token();
		this.progress.replaceAll(Optional.of(token), SLUG, List.of(new SavedStep(2, StepStatus.DONE, null)),
				Optional.empty());
		assertThat(this.progress.skills(Optional.of(token)).said()).containsExactly("python");
		this.progress.replaceAll(Optional.of(token), SLUG, List.of(), Optional.of(java.util.Set.of("sql", "git")));
		assertThat(this.progress.skills(Optional.of(token)).said()).containsExactlyInAnyOrder("sql", "git");
	}

	@Test
	void deletingAVisitorDeletesTheirSkills() {
		VisitorToken token = this.progress.saveSkills(Optional.empty(), java.util.Set.of("python"))
			.orElseThrow()
			.token();
		this.entityManager.flush();
		this.jdbc.sql("DELETE FROM visitor WHERE id = ?").param(Visitors.idOf(this.jdbc, token)).update();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM visitor_skill").query(Long.class).single()).isZero();
	}

	/**
	 * The last statement of the test: on PostgreSQL, a refused one ends the transaction.
	 */
	@Test
	void theSchemaRefusesASkillTheCatalogueDoesNotHave() {
		VisitorToken token = this.progress.saveSkills(Optional.empty(), java.util.Set.of("python"))
			.orElseThrow()
			.token();
		this.entityManager.flush();
		String visitorId = Visitors.idOf(this.jdbc, token);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("INSERT INTO visitor_skill (visitor_id, skill_slug, saved_at) VALUES (?, 'cobol', CURRENT_TIMESTAMP)")
			.param(visitorId)
			.update());
	}

}
