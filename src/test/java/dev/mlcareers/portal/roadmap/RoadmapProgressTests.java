package dev.mlcareers.portal.roadmap;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapProgressTests {

	static RoadmapProgress progress(int stepCount, SavedStep... steps) {
		Map<Integer, SavedStep> saved = new HashMap<>();
		for (SavedStep step : steps) {
			saved.put(step.number(), step);
		}
		return new RoadmapProgress(stepCount, saved);
	}

	static SavedStep step(int number, StepStatus status) {
		return new SavedStep(number, status, null);
	}

	@Test
	void nothingSavedIsNothingDoneAndStartsAtStepOne() {
		RoadmapProgress progress = RoadmapProgress.none(12);
		assertThat(progress.done()).isZero();
		assertThat(progress.skipped()).isZero();
		assertThat(progress.isStarted()).isFalse();
		assertThat(progress.isFinished()).isFalse();
		assertThat(progress.isEmpty()).isTrue();
		assertThat(progress.firstUnfinished()).hasValue(1);
		assertThat(progress.status(5)).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(progress.donePercent()).isZero();
	}

	@Test
	void countsSkippedStepsApartFromDoneOnes() {
		RoadmapProgress progress = progress(12, step(1, StepStatus.DONE), step(2, StepStatus.SKIPPED),
				step(3, StepStatus.DONE), step(4, StepStatus.IN_PROGRESS), step(5, StepStatus.NOT_STARTED));
		assertThat(progress.done()).isEqualTo(2);
		assertThat(progress.skipped()).isEqualTo(1);
		assertThat(progress.inProgress()).isEqualTo(1);
		assertThat(progress.count(StepStatus.NOT_STARTED)).isEqualTo(8);
		assertThat(progress.donePercent()).isEqualTo(16.7);
		assertThat(progress.skippedPercent()).isEqualTo(8.3);
	}

	@Test
	void continuesAtTheFirstStepThatIsNeitherDoneNorSkipped() {
		assertThat(progress(12, step(1, StepStatus.DONE), step(2, StepStatus.SKIPPED), step(4, StepStatus.DONE))
			.firstUnfinished()).hasValue(3);
		assertThat(progress(12, step(1, StepStatus.IN_PROGRESS)).firstUnfinished()).hasValue(1);
	}

	@Test
	void isFinishedWhenEveryStepIsDoneOrSkipped() {
		RoadmapProgress progress = progress(3, step(1, StepStatus.DONE), step(2, StepStatus.SKIPPED),
				step(3, StepStatus.DONE));
		assertThat(progress.isFinished()).isTrue();
		assertThat(progress.firstUnfinished()).isEmpty();
		assertThat(progress.donePercent() + progress.skippedPercent()).isEqualTo(100.0);
	}

	@Test
	void ignoresWhatWasSavedForStepsTheRoadmapNoLongerHas() {
		RoadmapProgress progress = progress(3, step(1, StepStatus.DONE), new SavedStep(7, StepStatus.DONE, "old"));
		assertThat(progress.done()).isEqualTo(1);
		assertThat(progress.status(7)).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(progress.note(7)).isEmpty();
		assertThat(progress.notes()).isZero();
	}

	@Test
	void aNoteAloneIsSomethingToClearButNotAStart() {
		RoadmapProgress progress = progress(12, new SavedStep(4, StepStatus.NOT_STARTED, "Read chapter 2"));
		assertThat(progress.isStarted()).isFalse();
		assertThat(progress.isEmpty()).isFalse();
		assertThat(progress.notes()).isEqualTo(1);
		assertThat(progress.note(4)).isEqualTo("Read chapter 2");
		assertThat(progress.note(5)).isEmpty();
	}

}
