package dev.mlcareers.portal.salary;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndianNumberFormatTests {

	@Test
	void groupsTheLastThreeDigitsThenPairs() {
		assertThat(IndianNumberFormat.group(new BigDecimal("700000"))).isEqualTo("7,00,000");
		assertThat(IndianNumberFormat.group(new BigDecimal("1450000"))).isEqualTo("14,50,000");
		assertThat(IndianNumberFormat.group(new BigDecimal("2500000"))).isEqualTo("25,00,000");
		assertThat(IndianNumberFormat.group(new BigDecimal("14600000"))).isEqualTo("1,46,00,000");
		assertThat(IndianNumberFormat.group(new BigDecimal("1000"))).isEqualTo("1,000");
		assertThat(IndianNumberFormat.group(new BigDecimal("999"))).isEqualTo("999");
		assertThat(IndianNumberFormat.group(new BigDecimal("0"))).isEqualTo("0");
	}

	@Test
	void roundsFractionsHalfUpBeforeGrouping() {
		assertThat(IndianNumberFormat.group(new BigDecimal("99999.5"))).isEqualTo("1,00,000");
		assertThat(IndianNumberFormat.group(new BigDecimal("-123456.4"))).isEqualTo("-1,23,456");
	}

	@Test
	void writesLakhsWithoutTrailingZeros() {
		assertThat(IndianNumberFormat.lakhs(new BigDecimal("700000"))).isEqualTo("7");
		assertThat(IndianNumberFormat.lakhs(new BigDecimal("1450000"))).isEqualTo("14.5");
		assertThat(IndianNumberFormat.lakhs(new BigDecimal("1970000"))).isEqualTo("19.7");
		assertThat(IndianNumberFormat.lakhs(new BigDecimal("10000000"))).isEqualTo("100");
		assertThat(IndianNumberFormat.lakhs(new BigDecimal("1234567"))).isEqualTo("12.35");
	}

}
