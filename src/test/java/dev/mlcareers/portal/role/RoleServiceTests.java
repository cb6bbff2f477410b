package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.salary.PaySummary;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.skill.SkillCategory;
import dev.mlcareers.portal.skill.SkillGroup;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The role read models, assembled from the real Flyway-seeded store. */
@ContentServiceTest
class RoleServiceTests {

	@Autowired
	RoleService roles;

	@Test
	void groupsTheRolesByTrackWithTheFlagshipFirst() {
		List<TrackGroup> tracks = this.roles.index();
		assertThat(tracks).extracting(TrackGroup::track)
			.containsExactly(Track.ENGINEERING, Track.SCIENCE, Track.PRODUCT, Track.LEADERSHIP);
		assertThat(tracks.get(0).roles().get(0).slug()).isEqualTo("machine-learning-engineer");
		assertThat(tracks.stream().mapToInt((track) -> track.roles().size()).sum()).isEqualTo(13);
	}

	@Test
	void summarisesEachRolesPayPerRegion() {
		RoleCard flagship = this.roles.index().get(0).roles().get(0);
		assertThat(flagship.pay())
			.extracting(PaySummary::region, PaySummary::currency, PaySummary::figures, PaySummary::openTop)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Region.IN, "INR", 3, true),
					org.assertj.core.groups.Tuple.tuple(Region.US, "USD", 4, true));
		assertThat(flagship.pay().get(0).low()).isEqualByComparingTo("700000");
		assertThat(flagship.pay().get(0).high()).isEqualByComparingTo("2500000");
		assertThat(flagship.pay().get(1).low()).isEqualByComparingTo("85000");
		assertThat(flagship.pay().get(1).high()).isEqualByComparingTo("190000");
	}

	@Test
	void givesTheFlagshipEverySectionFromTheDocuments() {
		RolePage page = this.roles.page("machine-learning-engineer").orElseThrow();
		assertThat(page.overview().texts()).hasSize(8);
		assertThat(page.overview().workEnvironment()).hasSize(3);
		assertThat(page.overview().workMix().shares()).hasSize(5);
		assertThat(page.work().duties()).hasSize(12);
		assertThat(page.work().duties().get(0).example()).isNotNull();
		assertThat(page.work().responsibilities()).extracting((list) -> list.source().id())
			.containsExactly("career-guide", "job-description", "magazine-article");
		assertThat(page.work().responsibilitiesByLevel()).hasSize(3);
		assertThat(page.work().week()).hasSize(3).allSatisfy((stage) -> assertThat(stage.days()).hasSize(5));
		assertThat(page.qualifications().skills()).extracting(SkillGroup::category)
			.contains(SkillCategory.LANGUAGE, SkillCategory.SOFT_SKILL);
		assertThat(page.qualifications().education().degrees()).hasSize(6);
		assertThat(page.qualifications().certifications()).hasSize(5);
		assertThat(page.market().industries()).hasSize(7);
		assertThat(page.market().employers()).hasSize(6);
		assertThat(page.market().outlook()).hasSize(4);
		assertThat(page.market().pay()).hasSize(7);
		assertThat(page.fit().tradeOffs()).hasSize(4);
		assertThat(page.fit().suits()).hasSize(5);
		assertThat(page.fit().notSuits()).hasSize(5);
		assertThat(page.questions().faqs()).hasSize(11);
		assertThat(page.unknownTopics()).isEmpty();
		assertThat(page.sources()).extracting(SourceRef::number).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void drawsTheLadderAroundTheFlagshipFromEveryDocumentThatNamesAStep() {
		RolePage.Ladder ladder = this.roles.page("machine-learning-engineer").orElseThrow().career().ladder();
		assertThat(ladder.comesFrom()).extracting((link) -> link.role().slug())
			.containsExactly("junior-machine-learning-engineer", "software-engineer", "data-analyst", "data-scientist");
		assertThat(ladder.leadsTo()).extracting((link) -> link.role().slug())
			.containsExactly("senior-machine-learning-engineer", "machine-learning-specialist",
					"machine-learning-architect", "data-scientist", "research-scientist", "ai-product-manager",
					"machine-learning-engineering-manager", "chief-data-scientist", "technical-director");
		assertThat(ladder.leadsTo().get(2).sources()).extracting(SourceRef::id)
			.containsExactly("job-description", "education-article", "magazine-article");
		assertThat(ladder.diagram().nodes()).hasSize(14);
	}

	@Test
	void showsWhatIsKnownOfASparseRoleAndNamesWhatIsNot() {
		RolePage page = this.roles.page("technical-director").orElseThrow();
		assertThat(page.overview().texts()).hasSize(1);
		assertThat(page.career().ladder().comesFrom()).extracting((link) -> link.role().slug())
			.containsExactly("machine-learning-engineer");
		assertThat(page.unknownTopics()).containsExactly("duties", "week", "skills", "education", "pay", "outlook");
		assertThat(page.questions().faqs()).isEmpty();
		assertThat(page.qualifications().certifications()).isEmpty();
	}

	@Test
	void givesALadderRoleItsAverageIndianPay() {
		RolePage page = this.roles.page("machine-learning-architect").orElseThrow();
		assertThat(page.market().pay()).singleElement().satisfies((band) -> {
			assertThat(band.average()).isTrue();
			assertThat(band.maximum()).isEqualByComparingTo("2940000");
			assertThat(band.citedAs()).isEqualTo("Glassdoor, AmbitionBox");
		});
		assertThat(page.unknownTopics()).doesNotContain("pay");
	}

	@Test
	void findsNothingForAnUnknownSlug() {
		assertThat(this.roles.page("astronaut")).isEmpty();
	}

}
