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
import java.util.function.Supplier;

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

	private final DeviceRepository devices;

	private final StepProgressRepository progress;

	private final SavedSkillRepository savedSkills;

	private final RoadmapService roadmaps;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final DatabaseBulkhead database;

	private final Clock clock;

	ProgressService(VisitorRepository visitors, DeviceRepository devices, StepProgressRepository progress,
			SavedSkillRepository savedSkills, RoadmapService roadmaps, PlatformTransactionManager transactionManager,
			DatabaseBulkhead database, Clock clock) {
		this.clock = clock;
		this.devices = devices;
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
		return this.database.call(() -> this.reads
			.execute((status) -> progressOn(roadmap, this.progress.findEverythingSeenBy(token.get().hash()))));
	}

	/**
	 * Sets the step's status, leaving its note as it stands; returns the token the
	 * visitor now has, or empty if nothing was kept (a new visitor's "not started").
	 */
	public Optional<SaveReceipt> saveStatus(Optional<VisitorToken> presented, String roadmapSlug, int step,
			StepStatus status) {
		return saveStep(presented, roadmapSlug, step, status == StepStatus.NOT_STARTED,
				(visitorId, now) -> this.progress.updateStatus(visitorId, roadmapSlug, step, status.code(), now),
				(visitorId, now) -> this.progress.insert(visitorId, roadmapSlug, step, status.code(), null, now));
	}

	/**
	 * Sets the step's note (already normalized and checked), leaving its status as it
	 * stands; an empty note removes it.
	 */
	public Optional<SaveReceipt> saveNote(Optional<VisitorToken> presented, String roadmapSlug, int step, String note) {
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
				() -> this.reads.execute((status) -> holdings(this.progress.findEverythingSeenBy(token.get().hash()))));
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
			List<StepProgressRepository.SavedRow> rows = this.progress.findEverythingSeenBy(token.get().hash());
			return new VisitorOverview(progressOn(roadmap, rows), holdings(rows));
		}));
	}

	/** The visitor's progress on the roadmap, from everything they saved. */
	private static RoadmapProgress progressOn(RoadmapView roadmap, List<StepProgressRepository.SavedRow> rows) {
		Map<Integer, SavedStep> saved = new LinkedHashMap<>();
		for (StepProgressRepository.SavedRow row : rows) {
			if (roadmap.slug().equals(row.getRoadmapSlug())) {
				saved.put(row.getStepNumber(), new SavedStep(row.getStepNumber(),
						StepStatus.find(row.getStatus()).orElseThrow(), row.getNote()));
			}
		}
		return new RoadmapProgress(roadmap.stepCount(), saved);
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
	public Optional<SaveReceipt> saveSkills(Optional<VisitorToken> presented, Set<String> skills) {
		if (skills.isEmpty() && presented.isEmpty()) {
			return Optional.empty();
		}
		return save(() -> {
			Optional<Browser> browser = skills.isEmpty() ? known(presented) : Optional.of(knownOrNew(presented));
			// The visitor's row is locked by now: one replacement of the set at a
			// time, as two at once would mix their rows.
			browser.ifPresent((saver) -> {
				this.savedSkills.deleteAll(saver.visitorId());
				Instant now = this.clock.instant();
				for (String skill : new TreeSet<>(skills)) {
					this.savedSkills.insert(saver.visitorId(), skill, now);
				}
			});
			return browser.map(Browser::receipt);
		});
	}

	/** Replaces all the visitor's progress on the roadmap, in one transaction. */
	public SaveReceipt replaceAll(Optional<VisitorToken> presented, String roadmapSlug, List<SavedStep> steps) {
		return replaceAll(presented, roadmapSlug, steps, Optional.empty());
	}

	/**
	 * Replaces all the visitor's progress on the roadmap and, where given, the skills
	 * they said they have (already checked against the catalogue), in one transaction.
	 */
	public SaveReceipt replaceAll(Optional<VisitorToken> presented, String roadmapSlug, List<SavedStep> steps,
			Optional<Set<String>> skills) {
		return save(() -> {
			Browser browser = knownOrNew(presented);
			String visitorId = browser.visitorId();
			this.progress.deleteAll(visitorId, roadmapSlug);
			Instant now = this.clock.instant();
			skills.ifPresent((said) -> {
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
			return browser.receipt();
		});
	}

	/**
	 * Clears the visitor's progress and notes on the roadmap, keeping their skills and
	 * browsers; a new visitor has none, and nothing is kept for them.
	 */
	public Optional<SaveReceipt> reset(Optional<VisitorToken> presented, String roadmapSlug) {
		if (presented.isEmpty()) {
			return Optional.empty();
		}
		return save(() -> known(presented).map((browser) -> {
			this.progress.deleteAll(browser.visitorId(), roadmapSlug);
			return browser.receipt();
		}));
	}

	/**
	 * Deletes the visitor whose progress the browser shows, and everything kept for them:
	 * their progress and notes on every roadmap, the skills they saved, every browser
	 * linked to it and any pairing code. The hashes of the tokens of the browsers that
	 * showed it (none if nothing was kept).
	 */
	public List<String> erase(Optional<VisitorToken> presented) {
		if (presented.isEmpty()) {
			return List.of();
		}
		List<String> erased = this.database.call(() -> this.transactions.execute((status) -> {
			// The visitor's row first, locked, as every save takes it; a visitor given a
			// new id meanwhile (DevicePairing) is found again, under it.
			for (int attempt = 0; attempt < 2; attempt++) {
				Optional<String> visitorId = this.devices.visitorSeenBy(presented.get().hash());
				if (visitorId.isEmpty()) {
					return List.<String>of();
				}
				if (this.visitors.touch(visitorId.get(), this.clock.instant()) == 0) {
					continue;
				}
				// With the browser asking: one whose progress an instance of the version
				// before devices made has no device row yet.
				Set<String> browsers = new LinkedHashSet<>();
				browsers.add(presented.get().hash());
				this.devices.findAllOf(visitorId.get()).forEach((device) -> browsers.add(device.getTokenHash()));
				return (this.visitors.erase(visitorId.get()) > 0) ? List.copyOf(browsers) : List.<String>of();
			}
			return List.<String>of();
		}));
		return (erased != null) ? erased : List.of();
	}

	/**
	 * Changes one column of one step's row: updates it where the row exists, else adds
	 * the row, unless the change leaves the step blank (then there is nothing to add, and
	 * a row left blank is removed).
	 */
	private Optional<SaveReceipt> saveStep(Optional<VisitorToken> presented, String roadmapSlug, int step,
			boolean clearing, Change update, Change insert) {
		return save(() -> {
			// Clearing what a new visitor never saved keeps nothing, not even the
			// visitor.
			Optional<Browser> browser = clearing ? known(presented) : Optional.of(knownOrNew(presented));
			browser.ifPresent((saver) -> {
				String visitorId = saver.visitorId();
				Instant now = this.clock.instant();
				if (update.apply(visitorId, now) > 0) {
					if (clearing) {
						this.progress.deleteIfBlank(visitorId, roadmapSlug, step);
					}
				}
				else if (!clearing) {
					insert.apply(visitorId, now);
				}
			});
			return browser.map(Browser::receipt);
		});
	}

	/**
	 * Runs a save in a transaction, and once more if another save of the same row beat
	 * it.
	 */
	<T> T save(Supplier<T> save) {
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
	Browser knownOrNew(Optional<VisitorToken> presented) {
		return known(presented).orElseGet(() -> {
			Instant now = this.clock.instant();
			VisitorToken token = VisitorToken.random();
			// The first browser's token hash, as before devices: an instance of that
			// version, during a rolling upgrade, finds the visitor under it.
			String visitorId = token.hash();
			this.visitors.insert(visitorId, now);
			this.devices.insert(token.hash(), visitorId, now, now);
			return new Browser(token, visitorId, false);
		});
	}

	/**
	 * The visitor whose progress the presented token's browser shows, if any, their row
	 * changed first as in {@link #knownOrNew}, and the save recorded on the browser's
	 * row.
	 */
	Optional<Browser> known(Optional<VisitorToken> presented) {
		if (presented.isEmpty()) {
			return Optional.empty();
		}
		String tokenHash = presented.get().hash();
		Instant now = this.clock.instant();
		Optional<String> visitorId = this.devices.visitorOf(tokenHash);
		if (visitorId.isEmpty()) {
			// A visitor that an instance of the version before devices made during a
			// rolling upgrade: their row locked first, as always, then their browser
			// becomes their first device.
			if (this.visitors.touch(tokenHash, now) > 0 && this.devices.adopt(tokenHash, now) > 0) {
				return Optional.of(new Browser(presented.get(), tokenHash, this.devices.linkCount(tokenHash) > 1));
			}
			return Optional.empty();
		}
		if (this.visitors.touch(visitorId.get(), now) == 0) {
			// Given a new id meanwhile (DevicePairing), which the device row now names;
			// or deleted, and then the browser is a new visitor.
			visitorId = this.devices.visitorOf(tokenHash);
			if (visitorId.isEmpty() || this.visitors.touch(visitorId.get(), now) == 0) {
				return Optional.empty();
			}
		}
		// Unlinked meanwhile: then the browser is a new visitor.
		if (this.devices.touch(tokenHash, visitorId.get(), now) == 0) {
			return Optional.empty();
		}
		return Optional.of(new Browser(presented.get(), visitorId.get(), this.devices.linkCount(visitorId.get()) > 1));
	}

	/**
	 * A browser saving for a visitor: its token, the visitor's id, and whether their
	 * progress may show on another browser too.
	 */
	record Browser(VisitorToken token, String visitorId, boolean linked) {

		SaveReceipt receipt() {
			return new SaveReceipt(this.token, this.linked);
		}

	}

	/** One statement of a save: the number of rows it changed. */
	@FunctionalInterface
	private interface Change {

		int apply(String visitorId, Instant now);

	}

}
