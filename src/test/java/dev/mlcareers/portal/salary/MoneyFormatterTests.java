package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.util.List;

import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceRef;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyFormatterTests {

	static final SourceRef SOURCE = new SourceRef("career-guide", 1, "Career guide");

	final MoneyFormatter money = new MoneyFormatter(messages());

	@Test
	void writesRupeesTheIndianWay() {
		assertThat(this.money.full(new BigDecimal("700000"), "INR")).isEqualTo("₹7,00,000");
		assertThat(this.money.compact(new BigDecimal("700000"), "INR")).isEqualTo("₹7 LPA");
		assertThat(this.money.compact(new BigDecimal("1450000"), "INR")).isEqualTo("₹14.5 LPA");
	}

	@Test
	void writesDollarsWithThousandsSeparators() {
		assertThat(this.money.full(new BigDecimal("85000"), "USD")).isEqualTo("$85,000");
		assertThat(this.money.compact(new BigDecimal("190000"), "USD")).isEqualTo("$190,000");
		assertThat(this.money.full(new BigDecimal("29524.5"), "PPP")).isEqualTo("Int$29,525");
	}

	@Test
	void marksAnOpenTopAndWritesRanges() {
		assertThat(this.money.band(band("1460000", "2500000", true, Statistic.RANGE)))
			.isEqualTo("₹14.6 LPA – ₹25 LPA+");
		assertThat(this.money.band(band("700000", "1200000", false, Statistic.RANGE))).isEqualTo("₹7 LPA – ₹12 LPA");
	}

	@Test
	void writesAnAverageAsOneFigure() {
		assertThat(this.money.band(band("1970000", "1970000", false, Statistic.AVERAGE))).isEqualTo("₹19.7 LPA");
	}

	@Test
	void summarisesARegionFromItsLowestToItsHighestFigure() {
		PaySummary summary = PaySummary
			.of(List.of(band("700000", "1200000", false, Statistic.RANGE),
					band("1460000", "2500000", true, Statistic.RANGE)))
			.get(0);
		assertThat(this.money.summary(summary)).isEqualTo("₹7 LPA – ₹25 LPA+");
	}

	@Test
	void writesEveryDigitOfARupeeBand() {
		assertThat(this.money.fullBand(band("1460000", "2500000", true, Statistic.RANGE)))
			.isEqualTo("₹14,60,000 – ₹25,00,000+");
	}

	@Test
	void writesAConvertedBandInItsNewCurrency() {
		PayBand band = band("700000", "2500000", true, Statistic.RANGE);
		assertThat(this.money.compared(ComparedBand.of(band, Basis.MARKET, SalaryFixtures.conversion())))
			.isEqualTo("$8,500 – $30,300+");
		assertThat(this.money.compared(ComparedBand.of(band, Basis.PPP, SalaryFixtures.conversion())))
			.isEqualTo("Int$29,500 – Int$105,400+");
		assertThat(this.money.compared(ComparedBand.of(band, Basis.LOCAL, SalaryFixtures.conversion())))
			.isEqualTo("₹7 LPA – ₹25 LPA+");
	}

	@Test
	void writesShortAxisLabels() {
		assertThat(this.money.tick(new BigDecimal("1000000"), "INR")).isEqualTo("₹10L");
		assertThat(this.money.tick(new BigDecimal("50000"), "USD")).isEqualTo("$50k");
		assertThat(this.money.tick(new BigDecimal("12500"), "PPP")).isEqualTo("Int$12.5k");
		assertThat(this.money.tick(BigDecimal.ZERO, "USD")).isEqualTo("$0");
		assertThat(this.money.currencyName("PPP")).isEqualTo("international dollars");
	}

	@Test
	void refusesAnUnknownCurrency() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.money.full(BigDecimal.ONE, "EUR"));
	}

	static PayBand band(String min, String max, boolean openTop, Statistic statistic) {
		return new PayBand("machine-learning-engineer", Region.IN, "INR", null, statistic, new BigDecimal(min),
				new BigDecimal(max), openTop, false, null, SOURCE);
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
