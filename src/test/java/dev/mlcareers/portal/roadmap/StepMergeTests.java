package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.roadmap.StepMerge.OldStep;
import dev.mlcareers.portal.roadmap.StepMerge.Progress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StepMergeTests {

	static final Instant EARLY = Instant.parse("2026-01-01T09:00:00Z");

	static final Instant LATE = Instant.parse("2026-03-01T09:00:00Z");

	static OldStep step(int number, StepStatus status, String note, Instant updatedAt) {
		return new OldStep(number, "Title " + number, status, note, updatedAt);
	}

	static StepStatus merged(StepStatus... statuses) {
		List<OldStep> steps = new ArrayList<>();
		for (int i = 0; i < statuses.length; i++) {
			steps.add(step(i + 1, statuses[i], null, EARLY));
		}
		return StepMerge.combine(steps).status();
	}

	@Test
	void oneOldStepIsCopiedAsItIs() {
		Progress copied = StepMerge.combine(List.of(step(9, StepStatus.SKIPPED, "line one\n\n  line two", LATE)));

		assertThat(copied).isEqualTo(new Progress(StepStatus.SKIPPED, "line one\n\n  line two", LATE));
	}

	@Test
	void aMergedStepIsDoneOnlyWhenEveryOldStepWasDone() {
		assertThat(merged(StepStatus.DONE, StepStatus.DONE, StepStatus.DONE)).isEqualTo(StepStatus.DONE);
		assertThat(merged(StepStatus.DONE, StepStatus.DONE, StepStatus.SKIPPED)).isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(merged(StepStatus.DONE, StepStatus.NOT_STARTED)).isEqualTo(StepStatus.IN_PROGRESS);
	}

	@Test
	void aMergedStepIsSkippedOnlyWhenEveryOldStepWasSkipped() {
		assertThat(merged(StepStatus.SKIPPED, StepStatus.SKIPPED)).isEqualTo(StepStatus.SKIPPED);
		assertThat(merged(StepStatus.SKIPPED, StepStatus.NOT_STARTED)).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void aMergedStepIsInProgressWhenAnyOldStepWasStarted() {
		assertThat(merged(StepStatus.NOT_STARTED, StepStatus.IN_PROGRESS)).isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(merged(StepStatus.SKIPPED, StepStatus.IN_PROGRESS, StepStatus.SKIPPED))
			.isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(merged(StepStatus.NOT_STARTED, StepStatus.NOT_STARTED)).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void anOldStepNeverTouchedCountsAsNotStarted() {
		Progress merged = StepMerge
			.combine(List.of(step(3, StepStatus.DONE, null, EARLY), OldStep.untouched(4, "Four")));

		assertThat(merged).isEqualTo(new Progress(StepStatus.IN_PROGRESS, null, EARLY));
	}

	@Test
	void aMergedNoteHoldsEveryOldNoteInStepOrderUnderItsOldStep() {
		Progress merged = StepMerge.combine(List.of(step(5, StepStatus.DONE, "fifth\nsecond line", EARLY),
				step(4, StepStatus.DONE, null, EARLY), step(3, StepStatus.DONE, "third", LATE)));

		assertThat(merged.note())
			.isEqualTo("From step 3, Title 3:\nthird\n\nFrom step 5, Title 5:\nfifth\nsecond line");
	}

	@Test
	void aMergedNoteIsNotCutWhateverItsLength() {
		String full = "😀".repeat(NoteText.MAX_LENGTH);
		Progress merged = StepMerge.combine(List.of(step(1, StepStatus.DONE, full, EARLY),
				step(2, StepStatus.DONE, full, EARLY), step(3, StepStatus.DONE, full, EARLY)));

		assertThat(merged.note()).hasSize(3 * full.length() + 3 * "From step 1, Title 1:\n".length() + 2 * 2);
	}

	@Test
	void aMergedStepWithoutNotesHasNone() {
		Progress merged = StepMerge
			.combine(List.of(step(1, StepStatus.SKIPPED, null, EARLY), step(2, StepStatus.SKIPPED, null, EARLY)));

		assertThat(merged.note()).isNull();
	}

	@Test
	void aMergedStepWasSavedWhenTheLatestOldStepWas() {
		Progress merged = StepMerge.combine(List.of(step(1, StepStatus.DONE, null, EARLY),
				step(2, StepStatus.DONE, null, LATE), OldStep.untouched(3, "Three")));

		assertThat(merged.updatedAt()).isEqualTo(LATE);
	}

	@Test
	void aStepNoVisitorTouchedHasNoProgressToCombine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StepMerge.combine(List.of(OldStep.untouched(1, "One"), OldStep.untouched(2, "Two"))));
	}

}
