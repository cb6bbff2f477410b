package dev.mlcareers.portal.salary;

import java.math.BigDecimal;

import dev.mlcareers.portal.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class SalaryBandRepositoryTests {

	@Autowired
	SalaryBandRepository bands;

	@Autowired
	SalaryFactorRepository factors;

	@Test
	void holdsEveryPayFigureOfTheDocumentsExactly() {
		assertThat(this.bands.findAllByOrderByPosition())
			.extracting(SalaryBand::getRoleSlug, SalaryBand::getSourceId, SalaryBand::getRegion,
					SalaryBand::getCurrency, SalaryBand::getLevelId, SalaryBand::getStatistic, SalaryBand::getMinAmount,
					SalaryBand::getMaxAmount, SalaryBand::isOpenTop, SalaryBand::isApproximate)
			.containsExactly(
					tuple("machine-learning-engineer", "career-guide", Region.IN, "INR", "career-guide-entry",
							Statistic.RANGE, amount(700_000), amount(1_200_000), false, false),
					tuple("machine-learning-engineer", "career-guide", Region.IN, "INR", "career-guide-mid",
							Statistic.RANGE, amount(900_000), amount(1_450_000), false, false),
					tuple("machine-learning-engineer", "career-guide", Region.IN, "INR", "career-guide-senior",
							Statistic.RANGE, amount(1_460_000), amount(2_500_000), true, false),
					tuple("machine-learning-engineer", "career-guide", Region.US, "USD", null, Statistic.RANGE,
							amount(133_000), amount(142_000), false, true),
					tuple("machine-learning-engineer", "job-description", Region.US, "USD", "job-description-entry",
							Statistic.RANGE, amount(85_000), amount(110_000), false, false),
					tuple("machine-learning-engineer", "job-description", Region.US, "USD", "job-description-mid",
							Statistic.RANGE, amount(110_000), amount(145_000), false, false),
					tuple("machine-learning-engineer", "job-description", Region.US, "USD", "job-description-senior",
							Statistic.RANGE, amount(145_000), amount(190_000), true, false),
					tuple("data-scientist", "education-article", Region.IN, "INR", null, Statistic.AVERAGE,
							amount(1_200_000), amount(1_200_000), false, false),
					tuple("machine-learning-specialist", "education-article", Region.IN, "INR", null, Statistic.AVERAGE,
							amount(1_970_000), amount(1_970_000), false, false),
					tuple("machine-learning-architect", "education-article", Region.IN, "INR", null, Statistic.AVERAGE,
							amount(2_940_000), amount(2_940_000), false, false),
					tuple("machine-learning-engineering-manager", "education-article", Region.IN, "INR", null,
							Statistic.AVERAGE, amount(3_250_000), amount(3_250_000), false, false),
					tuple("chief-data-scientist", "education-article", Region.IN, "INR", null, Statistic.AVERAGE,
							amount(2_900_000), amount(2_900_000), false, false));
	}

	@Test
	void everyFigureIsAnnual() {
		assertThat(this.bands.findAllByOrderByPosition()).extracting(SalaryBand::getPayPeriod)
			.containsOnly(PayPeriod.YEAR);
	}

	@Test
	void theLadderAveragesKeepTheSecondarySourcesTheArticleCredits() {
		assertThat(this.bands.findAllByOrderByPosition()).filteredOn((band) -> band.getStatistic() == Statistic.AVERAGE)
			.extracting(SalaryBand::getCitedAs)
			.containsOnly("Glassdoor, AmbitionBox");
	}

	@Test
	void holdsTheFactorsThatPayDependsOn() {
		assertThat(this.factors.findAllByOrderByPosition()).extracting(SalaryFactor::getFactor)
			.containsExactly("Experience level", "Location", "Industry", "Specialised skills");
	}

	private static BigDecimal amount(long value) {
		return BigDecimal.valueOf(value);
	}

}
