package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StepMovePlanTests {

	static final String ROADMAP = "a-roadmap";

	static Set<Integer> steps(int first, int last) {
		return IntStream.rangeClosed(first, last).boxed().collect(Collectors.toSet());
	}

	@Test
	void stepsWithoutAMoveKeepTheirNumberAndMovedStepsGoWhereTheirMovesSay() {
		List<StepMove> moves = new ArrayList<>(StepMove.merge(ROADMAP, 2, 2, 3));
		moves.add(new StepMove(ROADMAP, 4, 3));
		moves.addAll(StepMove.split(ROADMAP, 5, 4, 5));

		StepMovePlan plan = StepMovePlan.of(ROADMAP, moves, steps(1, 6), steps(1, 6));

		assertThat(plan.targets(1)).containsExactly(1);
		assertThat(plan.targets(3)).containsExactly(2);
		assertThat(plan.targets(5)).containsExactly(4, 5);
		assertThat(plan.sources(2)).containsExactly(2, 3);
		assertThat(plan.sources(3)).containsExactly(4);
		assertThat(plan.sources(6)).containsExactly(6);
		assertThat(plan.unaccounted()).isEmpty();
	}

	@Test
	void aStepThatIsGoneWithoutAMoveIsUnaccounted() {
		StepMovePlan plan = StepMovePlan.of(ROADMAP, List.of(), steps(1, 3), Set.of(1, 3));

		assertThat(plan.unaccounted()).containsExactly(2);
		assertThat(plan.targets(2)).isEmpty();
	}

	@Test
	void aStepWithoutAMoveCannotAlsoReceiveAnotherStepsProgress() {
		assertThatIllegalStateException()
			.isThrownBy(() -> StepMovePlan.of(ROADMAP, List.of(new StepMove(ROADMAP, 3, 2)), steps(1, 3), steps(1, 2)))
			.withMessageContaining("step 2 has no move but receives the progress of steps [3]");
	}

	@Test
	void aMoveMustNameStepsThatAreThere() {
		assertThatIllegalStateException()
			.isThrownBy(() -> StepMovePlan.of(ROADMAP, List.of(new StepMove(ROADMAP, 7, 9)), steps(1, 7), steps(1, 8)))
			.withMessageContaining("a move to step 9, which it does not have now");
		assertThatIllegalStateException()
			.isThrownBy(() -> StepMovePlan.of(ROADMAP, List.of(new StepMove(ROADMAP, 8, 7)), steps(1, 7), steps(1, 7)))
			.withMessageContaining("a move from step 8, which it did not have");
	}

}
