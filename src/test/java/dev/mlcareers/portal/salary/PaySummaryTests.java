package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.util.List;

import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaySummaryTests {

	static final SourceRef GUIDE = new SourceRef("career-guide", 1, "Career guide");

	static final SourceRef JD = new SourceRef("job-description", 2, "Job description");

	@Test
	void summarisesEachRegionInTheRegionsOrder() {
		List<PaySummary> summaries = PaySummary.of(List.of(band(Region.US, "USD", "133000", "142000", false, JD),
				band(Region.IN, "INR", "700000", "1200000", false, GUIDE),
				band(Region.US, "USD", "145000", "190000", true, GUIDE)));
		assertThat(summaries).extracting(PaySummary::region).containsExactly(Region.IN, Region.US);
		PaySummary us = summaries.get(1);
		assertThat(us.low()).isEqualByComparingTo("133000");
		assertThat(us.high()).isEqualByComparingTo("190000");
		assertThat(us.openTop()).isTrue();
		assertThat(us.figures()).isEqualTo(2);
		assertThat(us.sources()).containsExactly(GUIDE, JD);
		assertThat(us.single()).isFalse();
	}

	@Test
	void takesTheOpenTopWhenTwoFiguresReachTheSameHeight() {
		PaySummary summary = PaySummary
			.of(List.of(band(Region.US, "USD", "1", "190000", false, JD),
					band(Region.US, "USD", "2", "190000", true, JD)))
			.get(0);
		assertThat(summary.openTop()).isTrue();
	}

	@Test
	void knowsASingleAverage() {
		PayBand average = new PayBand("data-scientist", Region.IN, "INR", null, Statistic.AVERAGE,
				new BigDecimal("1200000"), new BigDecimal("1200000"), false, false, null, GUIDE);
		PaySummary summary = PaySummary.of(List.of(average)).get(0);
		assertThat(summary.single()).isTrue();
		assertThat(summary.averagesOnly()).isTrue();
	}

	@Test
	void refusesToMixCurrenciesInOneRegion() {
		assertThatIllegalArgumentException().isThrownBy(() -> PaySummary
			.of(List.of(band(Region.US, "USD", "1", "2", false, JD), band(Region.US, "INR", "1", "2", false, JD))));
	}

	private static PayBand band(Region region, String currency, String min, String max, boolean openTop,
			SourceRef source) {
		return new PayBand("machine-learning-engineer", region, currency, null, Statistic.RANGE, new BigDecimal(min),
				new BigDecimal(max), openTop, false, null, source);
	}

}
