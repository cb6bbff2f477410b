package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one visitor's progress on a new step is when a content version makes that step out
 * of one or more old steps ({@link RoadmapRestructuring}).
 * <p>
 * From one old step (a renumbered step, or each part of a split step) the status, note
 * and time are copied unchanged. From several (a merge):
 * <ul>
 * <li>the status is {@code done} only when every old step was done, {@code skipped} only
 * when every old step was skipped, {@code in-progress} when any old step was in progress
 * or done, and otherwise (steps not started, perhaps some skipped) {@code not-started};
 * an old step the visitor never touched counts as not started;</li>
 * <li>the note is every old step's note in step order, each under a line naming its old
 * step ({@link #heading}), separated by a blank line; nothing is cut, and old steps
 * without a note add nothing;</li>
 * <li>the time is the latest at which the visitor saved any of the old steps.</li>
 * </ul>
 */
final class StepMerge {

	private StepMerge() {
	}

	/**
	 * The new step's progress.
	 * @param oldSteps every old step the new step is made of, the visitor's progress on
	 * each (touched or not), at least one of them touched
	 */
	static Progress combine(List<OldStep> oldSteps) {
		List<OldStep> touched = oldSteps.stream().filter(OldStep::touched).toList();
		if (touched.isEmpty()) {
			throw new IllegalArgumentException("No progress on any of the steps " + numbers(oldSteps));
		}
		Instant latest = touched.stream().map(OldStep::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
		if (oldSteps.size() == 1) {
			OldStep only = oldSteps.get(0);
			return new Progress(only.status(), only.note(), latest);
		}
		List<OldStep> inOrder = oldSteps.stream().sorted(Comparator.comparingInt(OldStep::number)).toList();
		return new Progress(status(inOrder), note(inOrder), latest);
	}

	/** The line above an old step's note in a merged note. */
	static String heading(OldStep step) {
		return "From step " + step.number() + ", " + step.title() + ":";
	}

	private static StepStatus status(List<OldStep> steps) {
		if (steps.stream().allMatch((step) -> step.status() == StepStatus.DONE)) {
			return StepStatus.DONE;
		}
		if (steps.stream().allMatch((step) -> step.status() == StepStatus.SKIPPED)) {
			return StepStatus.SKIPPED;
		}
		if (steps.stream()
			.anyMatch((step) -> step.status() == StepStatus.IN_PROGRESS || step.status() == StepStatus.DONE)) {
			return StepStatus.IN_PROGRESS;
		}
		return StepStatus.NOT_STARTED;
	}

	private static String note(List<OldStep> steps) {
		String joined = steps.stream()
			.filter((step) -> step.note() != null)
			.map((step) -> heading(step) + "\n" + step.note())
			.collect(Collectors.joining("\n\n"));
		return joined.isEmpty() ? null : joined;
	}

	private static List<Integer> numbers(List<OldStep> steps) {
		return steps.stream().map(OldStep::number).toList();
	}

	/**
	 * A visitor's progress on one old step.
	 *
	 * @param number the old step's number
	 * @param title the old step's title, as it was before the content changed
	 * @param status the visitor's status; {@code not-started} for a step never touched
	 * @param note the visitor's note, or {@code null}
	 * @param updatedAt when the visitor last saved the step, or {@code null} for a step
	 * never touched
	 */
	record OldStep(int number, String title, StepStatus status, String note, Instant updatedAt) {

		OldStep {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(status, "status");
		}

		/** An old step the visitor has no row for: not started, no note. */
		static OldStep untouched(int number, String title) {
			return new OldStep(number, title, StepStatus.NOT_STARTED, null, null);
		}

		boolean touched() {
			return this.updatedAt != null;
		}

	}

	/**
	 * A visitor's progress on one new step.
	 *
	 * @param status the status
	 * @param note the note, or {@code null}
	 * @param updatedAt when it was last saved, as the latest old step it comes from
	 */
	record Progress(StepStatus status, String note, Instant updatedAt) {
	}

}
