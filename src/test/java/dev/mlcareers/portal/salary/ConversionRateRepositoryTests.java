package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class ConversionRateRepositoryTests {

	@Autowired
	ConversionRateRepository rates;

	@Test
	void holdsTheMarketRateAndTheParityRateForTheRupeeWithTheirPublications() {
		List<ConversionRate> all = this.rates.findAllByOrderById();
		assertThat(all)
			.extracting(ConversionRate::getCurrency, ConversionRate::getKind, ConversionRate::getRateYear,
					ConversionRate::getPublisher)
			.containsExactly(tuple("INR", Basis.MARKET, 2023, "Reserve Bank of India"),
					tuple("INR", Basis.PPP, 2022, "World Bank"));
		assertThat(all.get(0).getUnitsPerUsd()).isEqualByComparingTo("82.62");
		assertThat(all.get(0).getPriceLevelRatio()).isNull();
		assertThat(all.get(1).getPriceLevelRatio()).isEqualByComparingTo("0.287");
	}

	@Test
	void derivesEveryParityRateFromItsPriceLevelRatioAndTheMarketRate() {
		List<ConversionRate> all = this.rates.findAllByOrderById();
		for (ConversionRate ppp : all) {
			if (ppp.getKind() != Basis.PPP) {
				continue;
			}
			ConversionRate market = all.stream()
				.filter((rate) -> rate.getKind() == Basis.MARKET && rate.getCurrency().equals(ppp.getCurrency()))
				.findFirst()
				.orElseThrow();
			BigDecimal derived = ppp.getPriceLevelRatio()
				.multiply(market.getUnitsPerUsd())
				.setScale(2, RoundingMode.HALF_UP);
			assertThat(ppp.getUnitsPerUsd()).as("PPP rate for %s", ppp.getCurrency()).isEqualByComparingTo(derived);
		}
		assertThat(new BigDecimal("0.287").multiply(new BigDecimal("82.62")).setScale(2, RoundingMode.HALF_UP))
			.isEqualByComparingTo(BigDecimal.valueOf(23.71));
	}

}
