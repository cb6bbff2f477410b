package dev.mlcareers.portal.roadmap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.mlcareers.portal.support.ContentServiceTest;
import dev.mlcareers.portal.system.DatabaseBulkhead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two tabs of one visitor saving the same step, with the other tab's save started at the
 * worst moment of this one, every time: between this save's start and its adding a row,
 * and between its start and its change of a row that exists. The other save waits for
 * this one (every save takes the visitor's row first), and both stay, each its own field.
 * Each save commits (no test transaction around them).
 */
@ContentServiceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProgressConcurrencyTests {

	static final String SLUG = "machine-learning-engineer";

	@Autowired
	ProgressService progress;

	@Autowired
	VisitorRepository visitors;

	@Autowired
	DeviceRepository devices;

	@Autowired
	StepProgressRepository rows;

	@Autowired
	RoadmapService catalog;

	@Autowired
	SavedSkillRepository savedSkills;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DatabaseBulkhead database;

	@Autowired
	JdbcClient jdbc;

	final ExecutorService otherTab = Executors.newSingleThreadExecutor();

	VisitorToken visitor;

	String visitorId;

	Future<?> otherTabsSave;

	@BeforeEach
	void aVisitorWithOneSave() {
		this.visitor = this.progress.saveStatus(Optional.empty(), SLUG, 1, StepStatus.DONE).orElseThrow().token();
		this.visitorId = Visitors.idOf(this.jdbc, this.visitor);
	}

	@AfterEach
	void stopTheOtherTab() {
		this.otherTab.shutdownNow();
		// Nothing of this test's stays for the next test on the same database.
		this.jdbc.sql("DELETE FROM visitor WHERE id = ?").param(this.visitorId).update();
	}

	@Test
	void aFirstSaveRacedToTheRowByTheOtherTabKeepsBothFields() throws Exception {
		AtomicInteger insertsRefused = new AtomicInteger();
		ProgressService thisTab = withOtherTabBefore("insert", insertsRefused,
				() -> this.progress.saveNote(Optional.of(this.visitor), SLUG, 5, "the other tab's note"));
		thisTab.saveStatus(Optional.of(this.visitor), SLUG, 5, StepStatus.DONE);
		this.otherTabsSave.get();
		assertThat(insertsRefused).as("the other tab waited: nothing was refused").hasValue(0);
		SavedStep step = saved(5);
		assertThat(step.status()).isEqualTo(StepStatus.DONE);
		assertThat(step.note()).isEqualTo("the other tab's note");
	}

	@Test
	void aNoteSavedWhileTheStatusIsBeingSavedStays() throws Exception {
		this.progress.saveNote(Optional.of(this.visitor), SLUG, 6, "first note");
		ProgressService thisTab = withOtherTabBefore("updateStatus", new AtomicInteger(),
				() -> this.progress.saveNote(Optional.of(this.visitor), SLUG, 6, "second note"));
		thisTab.saveStatus(Optional.of(this.visitor), SLUG, 6, StepStatus.IN_PROGRESS);
		this.otherTabsSave.get();
		assertThat(saved(6)).isEqualTo(new SavedStep(6, StepStatus.IN_PROGRESS, "second note"));
	}

	@Test
	void aStatusSavedWhileTheNoteIsBeingRemovedStaysAndKeepsTheRow() throws Exception {
		this.progress.saveNote(Optional.of(this.visitor), SLUG, 7, "a note");
		ProgressService thisTab = withOtherTabBefore("updateNote", new AtomicInteger(),
				() -> this.progress.saveStatus(Optional.of(this.visitor), SLUG, 7, StepStatus.SKIPPED));
		thisTab.saveNote(Optional.of(this.visitor), SLUG, 7, "");
		this.otherTabsSave.get();
		assertThat(saved(7)).isEqualTo(new SavedStep(7, StepStatus.SKIPPED, null));
	}

	@Test
	void aStepLeftBlankByBothTabsLeavesNoRow() throws Exception {
		this.progress.saveNote(Optional.of(this.visitor), SLUG, 8, "a note");
		ProgressService thisTab = withOtherTabBefore("updateNote", new AtomicInteger(),
				() -> this.progress.saveStatus(Optional.of(this.visitor), SLUG, 8, StepStatus.NOT_STARTED));
		thisTab.saveNote(Optional.of(this.visitor), SLUG, 8, "");
		this.otherTabsSave.get();
		assertThat(this.rows.findEverythingSeenBy(this.visitor.hash()))
			.filteredOn((row) -> SLUG.equals(row.getRoadmapSlug()))
			.extracting(StepProgressRepository.SavedRow::getStepNumber)
			.containsExactly(1);
	}

	private SavedStep saved(int step) {
		return this.progress.progress(Optional.of(this.visitor), this.catalog.roadmap(SLUG).orElseThrow())
			.saved()
			.get(step);
	}

	/**
	 * A progress service whose repository starts the other tab's save (in a transaction
	 * of its own, on another thread) just before this tab's first call of the method, and
	 * gives it time to reach the database; {@code refused} counts that call's refusals by
	 * the database's keys.
	 */
	private ProgressService withOtherTabBefore(String method, AtomicInteger refused, Runnable otherSave) {
		AtomicInteger calls = new AtomicInteger();
		StepProgressRepository repository = (StepProgressRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { StepProgressRepository.class }, (proxy, called, args) -> {
					boolean first = called.getName().equals(method) && calls.getAndIncrement() == 0;
					if (first) {
						this.otherTabsSave = this.otherTab.submit(otherSave);
						Thread.sleep(500);
					}
					try {
						return called.invoke(this.rows, args);
					}
					catch (InvocationTargetException ex) {
						if (first && ex.getCause() instanceof DataIntegrityViolationException) {
							refused.incrementAndGet();
						}
						throw ex.getCause();
					}
				});
		return new ProgressService(this.visitors, this.devices, repository, this.savedSkills, this.catalog,
				this.transactions, this.database, Clock.systemUTC());
	}

}
