package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConversionTests {

	final Conversion conversion = SalaryFixtures.conversion();

	@Test
	void convertsRupeesToDollarsAtTheMarketRateRoundedToTheNearestHundred() {
		// 7,00,000 / 82.62 = 8,472.5…; 12,00,000 / 82.62 = 14,524.3…
		assertThat(this.conversion.convert(new BigDecimal("700000"), "INR", Basis.MARKET)).isEqualByComparingTo("8500");
		assertThat(this.conversion.convert(new BigDecimal("1200000"), "INR", Basis.MARKET))
			.isEqualByComparingTo("14500");
	}

	@Test
	void convertsRupeesToInternationalDollarsAtParity() {
		// 7,00,000 / 23.71 = 29,523.4…; 25,00,000 / 23.71 = 105,440.7…
		assertThat(this.conversion.convert(new BigDecimal("700000"), "INR", Basis.PPP)).isEqualByComparingTo("29500");
		assertThat(this.conversion.convert(new BigDecimal("2500000"), "INR", Basis.PPP)).isEqualByComparingTo("105400");
	}

	@Test
	void keepsDollarAmountsAsGivenUnderEveryBasis() {
		for (Basis basis : Basis.values()) {
			assertThat(this.conversion.convert(new BigDecimal("133000"), "USD", basis)).isEqualByComparingTo("133000");
		}
		assertThat(Conversion.target("USD", Basis.PPP)).isEqualTo("PPP");
		assertThat(Conversion.target("USD", Basis.MARKET)).isEqualTo("USD");
	}

	@Test
	void keepsEveryAmountInItsOwnCurrencyUnderTheLocalBasis() {
		assertThat(this.conversion.convert(new BigDecimal("700000"), "INR", Basis.LOCAL))
			.isEqualByComparingTo("700000");
		assertThat(Conversion.target("INR", Basis.LOCAL)).isEqualTo("INR");
		assertThat(Conversion.converts("INR", Basis.LOCAL)).isFalse();
		assertThat(Conversion.converts("INR", Basis.MARKET)).isTrue();
	}

	@Test
	void roundsHalfUpToTheStep() {
		assertThat(Conversion.round(new BigDecimal("149.99"))).isEqualByComparingTo("100");
		assertThat(Conversion.round(new BigDecimal("150"))).isEqualByComparingTo("200");
		assertThat(Conversion.round(new BigDecimal("8472.5"))).isEqualByComparingTo("8500");
		assertThat(Conversion.round(new BigDecimal("49.99"))).isEqualByComparingTo("0");
	}

	@Test
	void refusesACurrencyItHasNoRateFor() {
		Conversion marketOnly = new Conversion(List.of(new RateView("INR", Basis.MARKET, new BigDecimal("82.62"), 2023,
				"Reserve Bank of India", "Handbook", "Exchange rate", null)));
		assertThatIllegalStateException()
			.isThrownBy(() -> marketOnly.convert(new BigDecimal("700000"), "INR", Basis.PPP));
		assertThatIllegalStateException()
			.isThrownBy(() -> marketOnly.convert(new BigDecimal("700000"), "GBP", Basis.MARKET));
	}

}
