package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visitors' progress and notes, stored by visitor in the database: any instance can serve
 * any visitor, and nothing lives in memory between requests. A token that is missing,
 * malformed or unknown is a new visitor; one is created only when something is saved.
 * <p>
 * Two tabs of one visitor may save the same step at the same moment: both find no row for
 * it and both add one, and the second to commit is refused by the primary key. Each save
 * therefore runs in a transaction of its own and, refused so, once more: then it finds
 * the other's row and changes it, so both saves are answered and the later stays.
 */
@Service
public class ProgressService {

	private final VisitorRepository visitors;

	private final StepProgressRepository progress;

	private final TransactionTemplate transactions;

	ProgressService(VisitorRepository visitors, StepProgressRepository progress,
			PlatformTransactionManager transactionManager) {
		this.visitors = visitors;
		this.progress = progress;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Transactional(readOnly = true)
	public RoadmapProgress progress(Optional<VisitorToken> token, RoadmapView roadmap) {
		if (token.isEmpty()) {
			return RoadmapProgress.none(roadmap.stepCount());
		}
		Map<Integer, SavedStep> saved = this.progress.findAll(token.get().visitorId(), roadmap.slug())
			.stream()
			.map(StepProgress::toSaved)
			.collect(Collectors.toMap(SavedStep::number, Function.identity()));
		return new RoadmapProgress(roadmap.stepCount(), saved);
	}

	/**
	 * Sets the step's status, keeping its note; returns the token the visitor now has.
	 */
	public VisitorToken saveStatus(Optional<VisitorToken> presented, String roadmapSlug, int step, StepStatus status) {
		return saveStep(presented, roadmapSlug, step, (row) -> row.update(status, row.getNote(), Instant.now()));
	}

	/**
	 * Sets the step's note (already normalized and checked), keeping its status; an empty
	 * note removes it.
	 */
	public VisitorToken saveNote(Optional<VisitorToken> presented, String roadmapSlug, int step, String note) {
		return saveStep(presented, roadmapSlug, step, (row) -> row.update(row.getStatus(), note, Instant.now()));
	}

	/** Replaces all the visitor's progress on the roadmap, in one transaction. */
	public VisitorToken replaceAll(Optional<VisitorToken> presented, String roadmapSlug, List<SavedStep> steps) {
		return save(() -> {
			VisitorToken token = knownOrNew(presented);
			String visitorId = token.visitorId();
			this.progress.deleteAll(visitorId, roadmapSlug);
			Instant now = Instant.now();
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
	@Transactional
	public void reset(Optional<VisitorToken> presented, String roadmapSlug) {
		presented.ifPresent((token) -> this.progress.deleteAll(token.visitorId(), roadmapSlug));
	}

	/**
	 * Changes one step's row (made if there is none), or removes it if it is left blank.
	 */
	private VisitorToken saveStep(Optional<VisitorToken> presented, String roadmapSlug, int step,
			Consumer<StepProgress> change) {
		return save(() -> {
			VisitorToken token = knownOrNew(presented);
			StepProgress row = row(token, roadmapSlug, step);
			change.accept(row);
			store(row);
			return token;
		});
	}

	/**
	 * Runs a save in a transaction, and once more if another save of the same row beat
	 * it.
	 */
	private VisitorToken save(Supplier<VisitorToken> save) {
		try {
			return this.transactions.execute((status) -> save.get());
		}
		catch (DataIntegrityViolationException collision) {
			return this.transactions.execute((status) -> save.get());
		}
	}

	private VisitorToken knownOrNew(Optional<VisitorToken> presented) {
		if (presented.isPresent() && this.visitors.existsById(presented.get().visitorId())) {
			return presented.get();
		}
		VisitorToken token = VisitorToken.random();
		this.visitors.save(new Visitor(token.visitorId(), Instant.now()));
		return token;
	}

	private StepProgress row(VisitorToken token, String roadmapSlug, int step) {
		StepProgress.Key key = new StepProgress.Key(token.visitorId(), roadmapSlug, step);
		return this.progress.findById(key).orElseGet(() -> new StepProgress(token.visitorId(), roadmapSlug, step));
	}

	private void store(StepProgress row) {
		if (row.isBlank()) {
			this.progress.delete(row);
		}
		else {
			this.progress.save(row);
		}
	}

}
