package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.util.List;

import dev.mlcareers.portal.level.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RangeChartTests {

	final Conversion conversion = SalaryFixtures.conversion();

	@Test
	void choosesRoundStepsOfOneTwoTwoAndAHalfOrFive() {
		assertThat(RangeChart.niceStep(new BigDecimal("47500"))).isEqualByComparingTo("50000");
		assertThat(RangeChart.niceStep(new BigDecimal("625000"))).isEqualByComparingTo("1000000");
		assertThat(RangeChart.niceStep(new BigDecimal("18000"))).isEqualByComparingTo("20000");
		assertThat(RangeChart.niceStep(new BigDecimal("23000"))).isEqualByComparingTo("25000");
		assertThat(RangeChart.niceStep(new BigDecimal("100"))).isEqualByComparingTo("100");
		assertThat(RangeChart.niceStep(BigDecimal.ZERO)).isEqualByComparingTo("1");
	}

	@Test
	void drawsEveryBandOnOneAxisFromZeroPastTheHighestFigure() {
		RangeChart chart = RangeChart.of(compared(Basis.MARKET, SalaryFixtures.BANDS.subList(0, 5)));
		assertThat(chart.currency()).isEqualTo("USD");
		assertThat(chart.ticks()).extracting(RangeChart.Tick::value)
			.extracting(BigDecimal::intValue)
			.containsExactly(0, 50000, 100000, 150000, 200000);
		assertThat(chart.ticks().get(0).x()).isEqualTo(RangeChart.PLOT_LEFT);
		assertThat(chart.ticks().get(4).x()).isEqualTo(RangeChart.PLOT_RIGHT);
		RangeChart.Bar usEntry = chart.groups().get(0).bars().get(1);
		// $85,000 to $110,000 on a 0 to $200,000 axis of 320 units starting at 172
		assertThat(usEntry.x1()).isEqualTo(172 + 0.425 * 320);
		assertThat(usEntry.x2()).isEqualTo(172 + 0.55 * 320);
		assertThat(usEntry.width()).isEqualTo(40.0);
	}

	@Test
	void groupsByStageWithFiguresNotSplitByLevelLast() {
		RangeChart chart = RangeChart.of(compared(Basis.MARKET, SalaryFixtures.BANDS.subList(0, 5)));
		assertThat(chart.groups()).extracting(RangeChart.Group::stage).containsExactly(Stage.ENTRY, Stage.SENIOR, null);
		assertThat(chart.groups().get(0).bars()).hasSize(2);
		assertThat(chart.groups().get(2).bars()).singleElement()
			.satisfies((bar) -> assertThat(bar.band().band().level()).isNull());
	}

	@Test
	void stacksRowsDownwardsWithoutOverlapAndPutsTheAxisBelowThem() {
		RangeChart chart = RangeChart.of(compared(Basis.MARKET, SalaryFixtures.BANDS.subList(0, 5)));
		double previousBottom = 0;
		for (RangeChart.Group group : chart.groups()) {
			assertThat(group.headingY()).isGreaterThan(previousBottom);
			for (RangeChart.Bar bar : group.bars()) {
				assertThat(bar.y()).isGreaterThan(group.headingY());
				assertThat(bar.y()).isGreaterThanOrEqualTo(previousBottom);
				previousBottom = bar.y() + RangeChart.BAR_HEIGHT;
			}
		}
		assertThat(chart.axisY()).isGreaterThan(previousBottom);
		assertThat(chart.tickLabelY()).isLessThan(chart.height());
	}

	@Test
	void marksAnOpenTopWithAnArrowPastTheBarAndAnAverageAsADiamond() {
		RangeChart.Bar senior = RangeChart.of(compared(Basis.LOCAL, SalaryFixtures.BANDS.subList(0, 2)))
			.groups()
			.get(1)
			.bars()
			.get(0);
		assertThat(senior.openTop()).isTrue();
		assertThat(senior.arrowPath()).startsWith("M" + senior.x2() + " ").contains("L" + (senior.x2() + 11) + " ");
		RangeChart.Bar average = RangeChart.of(compared(Basis.LOCAL, SalaryFixtures.BANDS.subList(5, 6)))
			.groups()
			.get(0)
			.bars()
			.get(0);
		assertThat(average.point()).isTrue();
		assertThat(average.diamondPath()).startsWith("M" + average.x2() + " ");
	}

	@Test
	void keepsANarrowRangeVisible() {
		RangeChart.Bar average = RangeChart.of(compared(Basis.LOCAL, SalaryFixtures.BANDS.subList(5, 6)))
			.groups()
			.get(0)
			.bars()
			.get(0);
		assertThat(average.width()).isEqualTo(1.0);
	}

	@Test
	void refusesBandsInTwoCurrenciesOrNoBandsAtAll() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RangeChart.of(compared(Basis.LOCAL, SalaryFixtures.BANDS.subList(0, 5))));
		assertThatIllegalArgumentException().isThrownBy(() -> RangeChart.of(List.of()));
	}

	@Test
	void drawsOneChartPerCurrencyUnderTheLocalBasisAndOneWhenConverting() {
		assertThat(SalaryComparisons.charts(compared(Basis.LOCAL, SalaryFixtures.BANDS.subList(0, 5))))
			.extracting(RangeChart::currency)
			.containsExactly("INR", "USD");
		assertThat(SalaryComparisons.charts(compared(Basis.PPP, SalaryFixtures.BANDS.subList(0, 5))))
			.extracting(RangeChart::currency)
			.containsExactly("PPP");
	}

	private List<ComparedBand> compared(Basis basis, List<PayBand> bands) {
		return bands.stream().map((band) -> ComparedBand.of(band, basis, this.conversion)).toList();
	}

}
