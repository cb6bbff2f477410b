package dev.mlcareers.portal.salary;

import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison composed from the real, Flyway-seeded figures. */
@ContentServiceTest
class SalaryComparisonsTests {

	@Autowired
	SalaryService comparisons;

	@Test
	void comparesTheFlagshipByLevelWithTheUsDisagreementKept() {
		SalaryComparison page = this.comparisons.compare(this.comparisons.parse(Map.of()));
		assertThat(page.role().title()).isEqualTo("Machine Learning Engineer");
		assertThat(page.bands()).hasSize(7);
		assertThat(page.bands()).extracting((shown) -> shown.band().source().id())
			.containsExactly("career-guide", "job-description", "career-guide", "job-description", "career-guide",
					"job-description", "career-guide");
		assertThat(page.disagreeing()).containsExactly(Region.US);
		assertThat(page.charts()).extracting(RangeChart::currency).containsExactly("INR", "USD");
	}

	@Test
	void showsTheLadderInIndiaFromTheWaysInToLeadership() {
		SalaryComparison page = this.comparisons.compare(this.comparisons.parse(Map.of("basis", List.of("market"))));
		assertThat(page.ladder()).extracting((rung) -> rung.role().slug())
			.contains("data-scientist", "machine-learning-engineer", "machine-learning-specialist",
					"machine-learning-architect", "machine-learning-engineering-manager", "chief-data-scientist");
		assertThat(page.ladder()).extracting((rung) -> rung.role().ladderRank()).isSorted();
		assertThat(page.ladder()).allSatisfy((rung) -> assertThat(rung.pay().currency()).isEqualTo("USD"));
	}

	@Test
	void namesTheCareerProfilesPayStagesThatHaveNoFigures() {
		SalaryComparison page = this.comparisons.compare(this.comparisons.parse(Map.of()));
		assertThat(page.stagesWithoutFigures()).extracting(LevelView::label)
			.containsExactly("Entry", "Early career", "Mid-career", "Senior", "Peak");
		assertThat(page.stagesWithoutFigures())
			.allSatisfy((level) -> assertThat(level.source().id()).isEqualTo("career-profile"));
	}

	@Test
	void readsTheConversionRatesAndWhatPayDependsOn() {
		SalaryComparison page = this.comparisons.compare(this.comparisons.parse(Map.of()));
		assertThat(page.marketRate().unitsPerUsd()).isEqualByComparingTo("82.62");
		assertThat(page.pppRate().unitsPerUsd()).isEqualByComparingTo("23.71");
		assertThat(page.factors()).extracting(FactorView::factor)
			.containsExactly("Experience level", "Location", "Industry", "Specialised skills");
	}

}
