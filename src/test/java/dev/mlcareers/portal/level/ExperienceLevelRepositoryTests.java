package dev.mlcareers.portal.level;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class ExperienceLevelRepositoryTests {

	@Autowired
	ExperienceLevelRepository levels;

	@Test
	void keepsEachDocumentsOwnCutOfExperienceLevels() {
		assertThat(this.levels.findAllByOrderBySourceIdAscSchemeAscPositionAsc())
			.extracting(ExperienceLevel::getId, ExperienceLevel::getMinYears, ExperienceLevel::getMaxYears)
			.contains(tuple("career-guide-entry", 0, 4), tuple("career-guide-mid", 4, 7),
					tuple("career-guide-senior", 7, null), tuple("job-description-entry", 0, 2),
					tuple("job-description-mid", 3, 5), tuple("job-description-senior", 5, null),
					tuple("career-profile-week-junior", 1, 2), tuple("career-profile-week-mid", 4, 7),
					tuple("career-profile-week-senior", null, null), tuple("career-profile-stage-entry", 0, 2),
					tuple("career-profile-stage-early", 2, 5), tuple("career-profile-stage-mid", 5, 10),
					tuple("career-profile-stage-senior", 10, 18), tuple("career-profile-stage-peak", 18, null))
			.hasSize(17);
	}

}
