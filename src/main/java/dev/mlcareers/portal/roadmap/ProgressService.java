package dev.mlcareers.portal.roadmap;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.mlcareers.portal.system.DatabaseFaults;
import dev.mlcareers.portal.system.DatabaseBulkhead;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visitors' progress and notes, stored by visitor in the database: any instance can serve
 * any visitor, and nothing lives in memory between requests. A token that is missing,
 * malformed or unknown is a new visitor; one is created only when something is saved.
 * <p>
 * A save changes only its own column (a status save never writes the note back, nor a
 * note save the status), so saves of one step from two tabs never undo each other. Two
 * such saves may both find no row for the step and both add one; the second is refused by
 * the primary key. Each save therefore runs in a transaction of its own and, refused so,
 * once more: then it finds the other's row and changes its own column of it, so both
 * saves are answered and both stay.
 */
@Service
public class ProgressService {

	/** SQLSTATE of a unique (or primary) key violation, on H2 and PostgreSQL alike. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final VisitorRepository visitors;

	private final StepProgressRepository progress;

	private final SavedSkillRepository savedSkills;

	private final RoadmapService roadmaps;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final DatabaseBulkhead database;

	private final Clock clock;

	ProgressService(VisitorRepository visitors, StepProgressRepository progress, SavedSkillRepository savedSkills,
			RoadmapService roadmaps, PlatformTransactionManager transactionManager, DatabaseBulkhead database,
			Clock clock) {
		this.clock = clock;
		this.savedSkills = savedSkills;
		this.roadmaps = roadmaps;
		this.visitors = visitors;
		this.progress = progress;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.database = database;
	}

	public RoadmapProgress progress(Optional<VisitorToken> token, RoadmapView roadmap) {
		if (token.isEmpty()) {
			return RoadmapProgress.none(roadmap.stepCount());
		}
		return this.database.call(() -> this.reads.execute((status) -> {
			Map<Integer, SavedStep> saved = this.progress.findAll(token.get().visitorId(), roadmap.slug())
				.stream()
				.map(StepProgress::toSaved)
				.collect(Collectors.toMap(SavedStep::number, Function.identity()));
			return new RoadmapProgress(roadmap.stepCount(), saved);
		}));
	}

	/**
	 * Sets the step's status, leaving its note as it stands; returns the token the
	 * visitor now has.
	 */
	public VisitorToken saveStatus(Optional<VisitorToken> presented, String roadmapSlug, int step, StepStatus status) {
		return saveStep(presented, roadmapSlug, step, status == StepStatus.NOT_STARTED,
				(visitorId, now) -> this.progress.updateStatus(visitorId, roadmapSlug, step, status.code(), now),
				(visitorId, now) -> this.progress.insert(visitorId, roadmapSlug, step, status.code(), null, now));
	}

	/**
	 * Sets the step's note (already normalized and checked), leaving its status as it
	 * stands; an empty note removes it.
	 */
	public VisitorToken saveNote(Optional<VisitorToken> presented, String roadmapSlug, int step, String note) {
		String kept = note.isEmpty() ? null : note;
		return saveStep(presented, roadmapSlug, step, kept == null,
				(visitorId, now) -> this.progress.updateNote(visitorId, roadmapSlug, step, kept, now),
				(visitorId, now) -> this.progress.insert(visitorId, roadmapSlug, step, StepStatus.NOT_STARTED.code(),
						kept, now));
	}

	/**
	 * The skills the visitor has: those they said they have, and those taught by the
	 * steps they marked done, on any roadmap.
	 */
	public SkillHoldings skills(Optional<VisitorToken> token) {
		if (token.isEmpty()) {
			return SkillHoldings.none();
		}
		return this.database.call(
				() -> this.reads.execute((status) -> holdings(this.progress.findEverything(token.get().visitorId()))));
	}

	/**
	 * The skills the visitor has ({@link #skills}), or empty while the database is
	 * unavailable ({@link DatabaseFaults}): for pages that only mark them, and answer
	 * without the marks rather than not at all.
	 */
	public Optional<SkillHoldings> skillsIfReadable(Optional<VisitorToken> token) {
		try {
			return Optional.of(skills(token));
		}
		catch (RuntimeException failure) {
			if (!DatabaseFaults.isUnavailable(failure)) {
				throw failure;
			}
			return Optional.empty();
		}
	}

	/**
	 * The visitor's progress on the roadmap and the skills they have, read together in
	 * one statement, for the roadmap's overview.
	 */
	public VisitorOverview overview(Optional<VisitorToken> token, RoadmapView roadmap) {
		if (token.isEmpty()) {
			return new VisitorOverview(RoadmapProgress.none(roadmap.stepCount()), SkillHoldings.none());
		}
		return this.database.call(() -> this.reads.execute((status) -> {
			List<StepProgressRepository.SavedRow> rows = this.progress.findEverything(token.get().visitorId());
			Map<Integer, SavedStep> saved = new LinkedHashMap<>();
			for (StepProgressRepository.SavedRow row : rows) {
				if (roadmap.slug().equals(row.getRoadmapSlug())) {
					saved.put(row.getStepNumber(), new SavedStep(row.getStepNumber(),
							StepStatus.find(row.getStatus()).orElseThrow(), row.getNote()));
				}
			}
			return new VisitorOverview(new RoadmapProgress(roadmap.stepCount(), saved), holdings(rows));
		}));
	}

	/** What the roadmap's overview shows of the visitor. */
	public record VisitorOverview(RoadmapProgress progress, SkillHoldings skills) {
	}

	/**
	 * The skills the visitor said they have, and those taught by the steps they marked
	 * done, on any roadmap.
	 */
	private SkillHoldings holdings(List<StepProgressRepository.SavedRow> rows) {
		Set<String> said = new LinkedHashSet<>();
		Set<String> done = new LinkedHashSet<>();
		for (StepProgressRepository.SavedRow row : rows) {
			if (row.getSkill() != null) {
				said.add(row.getSkill());
			}
			else if (StepStatus.DONE.code().equals(row.getStatus())) {
				done.add(row.getRoadmapSlug() + "/" + row.getStepNumber());
			}
		}
		Map<String, List<StepLink>> learned = new LinkedHashMap<>();
		if (!done.isEmpty()) {
			this.roadmaps.stepsBySkill().forEach((skill, steps) -> {
				List<StepLink> doneSteps = steps.stream()
					.filter((step) -> done.contains(step.roadmapSlug() + "/" + step.number()))
					.toList();
				if (!doneSteps.isEmpty()) {
					learned.put(skill, doneSteps);
				}
			});
		}
		return new SkillHoldings(said, learned);
	}

	/**
	 * Replaces the skills the visitor said they have (slugs already checked against the
	 * catalogue), leaving their progress and notes as they stand. Nothing is stored for a
	 * visitor who saves no skill and has nothing saved: the token is then empty.
	 */
	public Optional<VisitorToken> saveSkills(Optional<VisitorToken> presented, Set<String> skills) {
		if (skills.isEmpty() && presented.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(save(() -> {
			if (skills.isEmpty() && !this.visitors.existsById(presented.get().visitorId())) {
				return null;
			}
			VisitorToken token = knownOrNew(presented);
			// One replacement of the set at a time: two at once would mix their rows.
			this.visitors.lock(token.visitorId());
			this.savedSkills.deleteAll(token.visitorId());
			Instant now = this.clock.instant();
			for (String skill : new TreeSet<>(skills)) {
				this.savedSkills.insert(token.visitorId(), skill, now);
			}
			return token;
		}));
	}

	/** Replaces all the visitor's progress on the roadmap, in one transaction. */
	public VisitorToken replaceAll(Optional<VisitorToken> presented, String roadmapSlug, List<SavedStep> steps) {
		return replaceAll(presented, roadmapSlug, steps, Optional.empty());
	}

	/**
	 * Replaces all the visitor's progress on the roadmap and, where given, the skills
	 * they said they have (already checked against the catalogue), in one transaction.
	 */
	public VisitorToken replaceAll(Optional<VisitorToken> presented, String roadmapSlug, List<SavedStep> steps,
			Optional<Set<String>> skills) {
		return save(() -> {
			VisitorToken token = knownOrNew(presented);
			String visitorId = token.visitorId();
			this.progress.deleteAll(visitorId, roadmapSlug);
			Instant now = this.clock.instant();
			skills.ifPresent((said) -> {
				this.visitors.lock(visitorId);
				this.savedSkills.deleteAll(visitorId);
				new TreeSet<>(said).forEach((skill) -> this.savedSkills.insert(visitorId, skill, now));
			});
			for (SavedStep step : steps) {
				StepProgress row = new StepProgress(visitorId, roadmapSlug, step.number());
				row.update(step.status(), step.note(), now);
				if (!row.isBlank()) {
					this.progress.save(row);
				}
			}
			return token;
		});
	}

	/** Clears the visitor's progress and notes on the roadmap; a new visitor has none. */
	public void reset(Optional<VisitorToken> presented, String roadmapSlug) {
		presented.ifPresent((token) -> this.database.call(() -> this.transactions.execute((status) -> {
			this.progress.deleteAll(token.visitorId(), roadmapSlug);
			return null;
		})));
	}

	/**
	 * Deletes the visitor and everything kept for them: their progress and notes on every
	 * roadmap and the skills they saved. Whether anything was kept.
	 */
	public boolean erase(Optional<VisitorToken> presented) {
		if (presented.isEmpty()) {
			return false;
		}
		Boolean erased = this.database
			.call(() -> this.transactions.execute((status) -> this.visitors.erase(presented.get().visitorId()) > 0));
		return Boolean.TRUE.equals(erased);
	}

	/**
	 * Changes one column of one step's row: updates it where the row exists, else adds
	 * the row, unless the change leaves the step blank (then there is nothing to add, and
	 * a row left blank is removed).
	 */
	private VisitorToken saveStep(Optional<VisitorToken> presented, String roadmapSlug, int step, boolean clearing,
			Change update, Change insert) {
		return save(() -> {
			VisitorToken token = knownOrNew(presented);
			String visitorId = token.visitorId();
			Instant now = this.clock.instant();
			if (update.apply(visitorId, now) > 0) {
				if (clearing) {
					this.progress.deleteIfBlank(visitorId, roadmapSlug, step);
				}
			}
			else if (!clearing) {
				insert.apply(visitorId, now);
			}
			return token;
		});
	}

	/**
	 * Runs a save in a transaction, and once more if another save of the same row beat
	 * it.
	 */
	private VisitorToken save(Supplier<VisitorToken> save) {
		boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
		return this.database.call(() -> {
			try {
				return this.transactions.execute((status) -> save.get());
			}
			catch (DataIntegrityViolationException refused) {
				// Only a row another save added first is worth another try, and only in a
				// transaction of its own (a refused statement spoils the one it ran in).
				if (!ownTransaction || !isDuplicateKey(refused)) {
					throw refused;
				}
				return this.transactions.execute((status) -> save.get());
			}
		});
	}

	/** Whether the database refused a row because its key was taken (SQLSTATE 23505). */
	private static boolean isDuplicateKey(Throwable refused) {
		for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The visitor the save is for, their row changed first: their latest save is recorded
	 * as now (what the retention job reads) and their row is locked until the save ends.
	 * Every save therefore takes the visitor's row before their steps' and skills' rows,
	 * in the order "Delete everything" and the retention job take them (the visitor, then
	 * the rows its deletion cascades to), so that none of them can wait for another in a
	 * circle; and a visitor deleted meanwhile is a new visitor, not a refused row.
	 */
	private VisitorToken knownOrNew(Optional<VisitorToken> presented) {
		Instant now = this.clock.instant();
		if (presented.isPresent() && this.visitors.touch(presented.get().visitorId(), now) > 0) {
			return presented.get();
		}
		VisitorToken token = VisitorToken.random();
		this.visitors.save(new Visitor(token.visitorId(), now));
		return token;
	}

	/** One statement of a save: the number of rows it changed. */
	@FunctionalInterface
	private interface Change {

		int apply(String visitorId, Instant now);

	}

}
