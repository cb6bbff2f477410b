package dev.mlcareers.portal.roadmap;

import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import dev.mlcareers.portal.shared.SvgNumbers;

/**
 * A visitor's progress through a roadmap of {@code stepCount} steps. Steps with nothing
 * saved are not started; saved steps outside the roadmap are ignored. Skipped steps are
 * finished but never counted as done.
 */
public record RoadmapProgress(int stepCount, Map<Integer, SavedStep> saved) {

	public RoadmapProgress {
		saved = Map.copyOf(saved);
	}

	public static RoadmapProgress none(int stepCount) {
		return new RoadmapProgress(stepCount, Map.of());
	}

	public StepStatus status(int number) {
		SavedStep step = this.saved.get(number);
		return (step != null && number >= 1 && number <= this.stepCount) ? step.status() : StepStatus.NOT_STARTED;
	}

	/** The visitor's note on the step, or an empty string. */
	public String note(int number) {
		SavedStep step = this.saved.get(number);
		return (step != null && step.hasNote() && number >= 1 && number <= this.stepCount) ? step.note() : "";
	}

	public boolean hasNote(int number) {
		return !note(number).isEmpty();
	}

	/** How many steps have a note. */
	public int notes() {
		return (int) numbers().filter(this::hasNote).count();
	}

	/** Whether there is anything to clear: a status or a note on any step. */
	public boolean isEmpty() {
		return !isStarted() && notes() == 0;
	}

	public int count(StepStatus status) {
		return (int) numbers().filter((number) -> status(number) == status).count();
	}

	public int done() {
		return count(StepStatus.DONE);
	}

	public int skipped() {
		return count(StepStatus.SKIPPED);
	}

	public int inProgress() {
		return count(StepStatus.IN_PROGRESS);
	}

	/** Whether the visitor has started anything: a status other than not started. */
	public boolean isStarted() {
		return numbers().anyMatch((number) -> status(number) != StepStatus.NOT_STARTED);
	}

	/** Whether every step is done or skipped. */
	public boolean isFinished() {
		return this.stepCount > 0 && numbers().allMatch((number) -> status(number).isFinished());
	}

	/** The first step that is neither done nor skipped. */
	public OptionalInt firstUnfinished() {
		return numbers().filter((number) -> !status(number).isFinished()).findFirst();
	}

	/** The done steps' share of the roadmap in percent, to a tenth. */
	public double donePercent() {
		return percent(done());
	}

	/** The skipped steps' share of the roadmap in percent, to a tenth. */
	public double skippedPercent() {
		return percent(skipped());
	}

	private double percent(int steps) {
		return (this.stepCount == 0) ? 0 : SvgNumbers.tenths(100.0 * steps / this.stepCount);
	}

	private IntStream numbers() {
		return IntStream.rangeClosed(1, this.stepCount);
	}

}
