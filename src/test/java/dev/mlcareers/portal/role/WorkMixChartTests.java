package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.role.WorkMixChart.Bar;
import dev.mlcareers.portal.role.WorkMixChart.Share;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class WorkMixChartTests {

	@Test
	void makesEachBarItsShareOfTheWholeTrack() {
		WorkMixChart chart = WorkMixChart.layout(List.of(new Share("Analyst", 30), new Share("Storyteller", 10)));
		assertThat(chart.bars()).extracting(Bar::barWidth)
			.containsExactly(WorkMixChart.TRACK_WIDTH * 0.3, WorkMixChart.TRACK_WIDTH * 0.1);
		assertThat(chart.bars().get(0).valueX()).isCloseTo(chart.trackX() + WorkMixChart.TRACK_WIDTH * 0.3 + 6,
				within(0.001));
	}

	@Test
	void putsOneBarPerRowTopToBottom() {
		WorkMixChart chart = WorkMixChart.layout(List.of(new Share("A", 50), new Share("B", 25), new Share("C", 25)));
		assertThat(chart.bars()).extracting(Bar::y).containsExactly(6.0, 38.0, 70.0);
		assertThat(chart.height()).isEqualTo(70.0 + WorkMixChart.BAR_HEIGHT + 6.0);
		assertThat(chart.bars()).allSatisfy((bar) -> assertThat(bar.labelY()).isBetween(bar.y(), bar.y() + 18));
	}

	@Test
	void leavesRoomForTheLongestValueLabel() {
		WorkMixChart chart = WorkMixChart.layout(List.of(new Share("All", 100)));
		assertThat(chart.bars().get(0).valueX() + 40).isLessThanOrEqualTo(chart.width());
	}

	@Test
	void refusesAShareOutsideZeroToOneHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkMixChart.layout(List.of(new Share("X", 101))));
	}

}
