package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.roadmap.NextSteps.NextStep;
import dev.mlcareers.portal.source.SourceRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NextStepsTests {

	static final SourceRef GUIDE = new SourceRef("guide", 1, "Guide");

	static final NamedLink PYTHON = new NamedLink("python", "Python", GUIDE);

	static final NamedLink MATHS = new NamedLink("maths", "Maths", null);

	static final NamedLink SQL = new NamedLink("sql", "SQL", GUIDE);

	static final NamedLink DOCKER = new NamedLink("docker", "Docker", GUIDE);

	static final NamedLink GIT = new NamedLink("git", "Git", GUIDE);

	/** Six steps: the first teaches nothing, the others one or two skills each. */
	final RoadmapView roadmap = new RoadmapView("road", "Road", "The road.",
			List.of(step(1), step(2, PYTHON), step(3, MATHS, PYTHON), step(4, SQL), step(5, DOCKER), step(6, GIT)));

	@Test
	void suggestsTheFirstStepsThatTeachWhatTheVisitorLacksInRoadmapOrder() {
		List<NextStep> next = NextSteps.of(this.roadmap, progress(), SkillHoldings.none());
		assertThat(next).extracting((step) -> step.step().number()).containsExactly(2, 3, 4);
	}

	@Test
	void leavesOutStepsDoneOrSkippedAndSkillsTheVisitorHasEitherWay() {
		RoadmapProgress progress = progress(new SavedStep(2, StepStatus.DONE, null),
				new SavedStep(4, StepStatus.SKIPPED, null), new SavedStep(5, StepStatus.IN_PROGRESS, "a note"));
		SkillHoldings skills = new SkillHoldings(Set.of("maths"),
				Map.of("python", List.of(new StepLink("road", 2, "Step 2", GUIDE))));
		List<NextStep> next = NextSteps.of(this.roadmap, progress, skills);
		assertThat(next).extracting((step) -> step.step().number()).containsExactly(5, 6);
		assertThat(next.get(0).status()).isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(next.get(0).skills()).containsExactly(DOCKER);
	}

	@Test
	void namesOnlyTheSkillsAStepWouldAdd() {
		SkillHoldings skills = new SkillHoldings(Set.of("python"), Map.of());
		List<NextStep> next = NextSteps.of(this.roadmap, progress(), skills);
		assertThat(next).extracting((step) -> step.step().number()).containsExactly(3, 4, 5);
		assertThat(next.get(0).skills()).containsExactly(MATHS);
	}

	@Test
	void suggestsNothingWhenNoStepLeftTeachesAMissingSkill() {
		SkillHoldings skills = new SkillHoldings(Set.of("python", "maths", "sql", "docker", "git"), Map.of());
		assertThat(NextSteps.of(this.roadmap, progress(), skills)).isEmpty();
	}

	private static RoadmapProgress progress(SavedStep... saved) {
		Map<Integer, SavedStep> byNumber = new java.util.HashMap<>();
		for (SavedStep step : saved) {
			byNumber.put(step.number(), step);
		}
		return new RoadmapProgress(6, byNumber);
	}

	private static StepView step(int number, NamedLink... skills) {
		return new StepView(number, "Step " + number, "Summary", "Why", List.of(GUIDE), List.of(), List.of(),
				List.of(skills), List.of(), List.of());
	}

}
