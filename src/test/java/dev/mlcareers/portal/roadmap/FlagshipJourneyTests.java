package dev.mlcareers.portal.roadmap;

import javax.sql.DataSource;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The flagship journey comes from the catalogue's flag, and is read once. */
@DataJpaTest
@Import({ FlagshipJourney.class, RoleDirectory.class })
class FlagshipJourneyTests {

	@Autowired
	FlagshipJourney journey;

	@Autowired
	RoleDirectory roles;

	@Autowired
	RoadmapRepository roadmaps;

	@Autowired
	DataSource dataSource;

	@Test
	void isTheFlaggedRoleAndItsRoadmap() {
		Flagship flagship = this.journey.flagship();
		assertThat(flagship.role()).isEqualTo(
				new RoleRef("machine-learning-engineer", "Machine Learning Engineer", new JdbcTemplate(this.dataSource)
					.queryForObject("SELECT ladder_rank FROM role WHERE flagship", Integer.class), true));
		assertThat(flagship.rolePath()).isEqualTo("/roles/machine-learning-engineer");
		assertThat(flagship.roadmapPath()).isEqualTo("/roadmaps/machine-learning-engineer");
		assertThat(this.journey.attributes()).containsEntry(Flagship.MODEL_ATTRIBUTE, flagship);
	}

	@Test
	void followsTheFlagWhereverTheContentPutsIt() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("UPDATE role SET flagship = (slug = 'data-scientist')");
		jdbc.update("INSERT INTO roadmap (slug, role_slug, title, summary)"
				+ " SELECT 'data-science', 'data-scientist', title, summary FROM roadmap"
				+ " WHERE slug = 'machine-learning-engineer'");
		FlagshipJourney journey = new FlagshipJourney(this.roles, this.roadmaps);
		Flagship flagship = journey.flagship();
		assertThat(flagship.role().slug()).isEqualTo("data-scientist");
		assertThat(flagship.roadmapPath()).isEqualTo("/roadmaps/data-science");
		jdbc.update("UPDATE role SET flagship = (slug = 'machine-learning-engineer')");
		assertThat(journey.flagship()).as("read once, for the portal's lifetime").isSameAs(flagship);
	}

}
