package dev.mlcareers.portal.roadmap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import dev.mlcareers.portal.support.ContentServiceTest;
import dev.mlcareers.portal.system.DatabaseBulkhead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save in one tab while the other tab deletes everything, or imports a file with
 * skills: the other tab's transaction starts while this save holds a row of a step, and
 * both are answered (nothing refused as a deadlock or a lock wait). On H2 and PostgreSQL.
 */
@ContentServiceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProgressEraseRaceTests {

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

	@BeforeEach
	void aVisitorWithOneSave() {
		this.visitor = this.progress.saveStatus(Optional.empty(), SLUG, 1, StepStatus.DONE).orElseThrow().token();
		this.visitorId = Visitors.idOf(this.jdbc, this.visitor);
	}

	@AfterEach
	void forget() {
		this.otherTab.shutdownNow();
		this.jdbc.sql("DELETE FROM visitor WHERE id = ?").param(this.visitorId).update();
	}

	@Test
	void deletingEverythingWhileAStatusIsSavedAnswersBoth() throws Exception {
		AtomicReference<Future<List<String>>> erased = new AtomicReference<>();
		ProgressService thisTab = withOtherTabAfter("updateStatus",
				() -> erased.set(this.otherTab.submit(() -> this.progress.erase(Optional.of(this.visitor)))));
		thisTab.saveStatus(Optional.of(this.visitor), SLUG, 1, StepStatus.SKIPPED);
		assertThat(erased.get().get()).as("the erasure is answered").containsExactly(this.visitor.hash());
		assertThat(count("SELECT COUNT(*) FROM step_progress WHERE visitor_id = ?")).isZero();
	}

	@Test
	void anImportWithSkillsWhileAFirstStatusIsSavedAnswersBoth() throws Exception {
		AtomicReference<Future<SaveReceipt>> imported = new AtomicReference<>();
		ProgressService thisTab = withOtherTabAfter("insert",
				() -> imported.set(this.otherTab.submit(() -> this.progress.replaceAll(Optional.of(this.visitor), SLUG,
						List.of(new SavedStep(3, StepStatus.SKIPPED, "imported")), Optional.of(Set.of("python"))))));
		thisTab.saveStatus(Optional.of(this.visitor), SLUG, 3, StepStatus.DONE);
		assertThat(imported.get().get()).as("the import is answered").isNotNull();
		assertThat(count("SELECT COUNT(*) FROM visitor_skill WHERE visitor_id = ?")).isEqualTo(1);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param(this.visitorId).query(Long.class).single().intValue();
	}

	/**
	 * A progress service whose repository starts the other tab's work (on another thread,
	 * without waiting for it) just after this tab's first call of the method, then gives
	 * it time to reach the database before this tab's transaction goes on.
	 */
	private ProgressService withOtherTabAfter(String method, Runnable otherWork) {
		StepProgressRepository repository = (StepProgressRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { StepProgressRepository.class }, (proxy, called, args) -> {
					Object result;
					try {
						result = called.invoke(this.rows, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					if (called.getName().equals(method) && ((Number) result).intValue() > 0) {
						otherWork.run();
						Thread.sleep(700);
					}
					return result;
				});
		return new ProgressService(this.visitors, this.devices, repository, this.savedSkills, this.catalog,
				this.transactions, this.database, Clock.systemUTC());
	}

}
