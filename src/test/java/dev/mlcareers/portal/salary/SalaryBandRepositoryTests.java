package dev.mlcareers.portal.salary;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class SalaryBandRepositoryTests {

	@Autowired
	SalaryBandRepository bands;

	@Test
	void holdsEveryBand() {
		assertThat(this.bands.findAllByOrderByPosition()).hasSize(12);
	}

}
