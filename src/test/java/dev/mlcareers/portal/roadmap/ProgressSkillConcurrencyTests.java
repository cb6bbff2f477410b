package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saves that replace a visitor's skills from several tabs at the same moment (and an
 * import racing one): every save is answered, and the skills end as one of them left
 * them, never a mix. On H2 and on PostgreSQL.
 */
@ContentServiceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProgressSkillConcurrencyTests {

	static final String SLUG = "machine-learning-engineer";

	static final int ROUNDS = 12;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcClient jdbc;

	final ExecutorService tabs = Executors.newFixedThreadPool(4);

	VisitorToken visitor;

	String visitorId;

	@BeforeEach
	void aVisitorWithProgress() {
		this.visitor = this.progress.saveStatus(Optional.empty(), SLUG, 1, StepStatus.DONE).orElseThrow().token();
		this.visitorId = Visitors.idOf(this.jdbc, this.visitor);
	}

	@AfterEach
	void forget() {
		this.tabs.shutdownNow();
		this.jdbc.sql("DELETE FROM visitor WHERE id = ?").param(this.visitorId).update();
	}

	@Test
	void tabsSavingSkillsAtOnceAreAllAnsweredAndOneOfThemStays() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			int count = 2 + (round % 3);
			List<Set<String>> sets = new ArrayList<>();
			for (int tab = 0; tab < count; tab++) {
				// Each shares python with the others, so their rows collide.
				sets.add(Set.of("python", List.of("sql", "git", "aws", "r").get(tab)));
			}
			List<Callable<Object>> saves = new ArrayList<>();
			sets.forEach((set) -> saves.add(() -> this.progress.saveSkills(Optional.of(this.visitor), set)));
			atOnce(saves);
			assertThat(sets).as("round %d", round).contains(saved());
		}
	}

	@Test
	void anImportRacingASkillsSaveLeavesOneOfThemNeverAMix() throws Exception {
		Set<String> imported = Set.of("clustering", "deep-learning");
		Set<String> ticked = Set.of("calculus");
		for (int round = 0; round < ROUNDS; round++) {
			this.progress.saveSkills(Optional.of(this.visitor), Set.of("python"));
			atOnce(List.of(
					() -> this.progress.replaceAll(Optional.of(this.visitor), SLUG,
							List.of(new SavedStep(1, StepStatus.DONE, null)), Optional.of(imported)),
					() -> this.progress.saveSkills(Optional.of(this.visitor), ticked)));
			assertThat(List.of(imported, ticked)).as("round %d", round).contains(saved());
		}
	}

	private void atOnce(List<Callable<Object>> saves) throws Exception {
		CyclicBarrier start = new CyclicBarrier(saves.size());
		List<Future<Object>> answers = new ArrayList<>();
		for (Callable<Object> save : saves) {
			answers.add(this.tabs.submit(() -> {
				start.await();
				return save.call();
			}));
		}
		for (Future<Object> answer : answers) {
			assertThat(answer.get()).as("every save is answered").isNotNull();
		}
	}

	private Set<String> saved() {
		return Set.copyOf(this.jdbc.sql("SELECT skill_slug FROM visitor_skill WHERE visitor_id = ?")
			.param(this.visitorId)
			.query(String.class)
			.list());
	}

}
