package dev.mlcareers.portal.role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
@Import(RoleDirectory.class)
class RoleRepositoryTests {

	static final String MLE = "machine-learning-engineer";

	@Autowired
	RoleDirectory roles;

	@Autowired
	RoleTransitionRepository transitions;

	@Autowired
	RoleFactRepository facts;

	@Autowired
	ResponsibilityRepository responsibilities;

	@Autowired
	CoreDutyRepository duties;

	@Autowired
	WorkMixShareRepository workMix;

	@Autowired
	WeekEntryRepository week;

	@Test
	void keepsBothDirectionsWhereDocumentsDisagreeAboutDataScientists() {
		List<RoleTransition> all = this.transitions.findAllByOrderById();
		assertThat(all).hasSize(19);
		assertThat(all).extracting(RoleTransition::getFromSlug, RoleTransition::getToSlug, RoleTransition::getSourceId)
			.contains(tuple("data-scientist", MLE, "job-description"),
					tuple(MLE, "data-scientist", "education-article"),
					tuple(MLE, "technical-director", "job-description"),
					tuple("data-analyst", MLE, "magazine-article"));
	}

	@Test
	void everyRoleIsOnTheLadder() {
		Map<String, Long> links = this.transitions.findAllByOrderById()
			.stream()
			.flatMap((transition) -> java.util.stream.Stream.of(transition.getFromSlug(), transition.getToSlug()))
			.collect(Collectors.groupingBy((slug) -> slug, Collectors.counting()));
		assertThat(this.roles.all()).extracting(RoleRef::slug)
			.allSatisfy((slug) -> assertThat(links).containsKey(slug));
	}

	@Test
	void holdsResponsibilitiesPerDocumentAndPerExperienceLevel() {
		Map<String, Long> perSource = this.responsibilities.findByRoleSlugOrderBySourceIdAscPositionAsc(MLE)
			.stream()
			.collect(Collectors.groupingBy(Responsibility::getSourceId, Collectors.counting()));
		assertThat(perSource).containsExactlyInAnyOrderEntriesOf(
				Map.of("career-guide", 5L, "job-description", 6L, "magazine-article", 4L, "education-article", 12L));
		Map<String, Long> perLevel = this.responsibilities.findByRoleSlugOrderBySourceIdAscPositionAsc(MLE)
			.stream()
			.filter((responsibility) -> responsibility.getLevelId() != null)
			.collect(Collectors.groupingBy(Responsibility::getLevelId, Collectors.counting()));
		assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(
				Map.of("education-article-entry", 4L, "education-article-mid", 4L, "education-article-senior", 4L));
	}

	@Test
	void everyCoreDutyOfTheEducationArticleHasItsIndustryExample() {
		List<CoreDuty> all = this.duties.findByRoleSlugOrderBySourceIdAscPositionAsc(MLE);
		assertThat(all).hasSize(12);
		assertThat(all).filteredOn((duty) -> duty.getSourceId().equals("education-article"))
			.hasSize(7)
			.extracting(CoreDuty::getIndustrySlug)
			.containsExactly("healthcare", "finance", "retail-and-e-commerce", "automotive", "retail-and-e-commerce",
					"manufacturing", "healthcare");
	}

	@Test
	void holdsTheWorkMixSharesWhichAddUpToTheWhole() {
		List<WorkMixShare> shares = this.workMix.findByRoleSlugOrderByPosition(MLE);
		assertThat(shares).extracting(WorkMixShare::getSubRole, WorkMixShare::getSharePercent)
			.containsExactly(tuple("Analyst", 30), tuple("Model Builder", 25), tuple("Engineer", 20),
					tuple("Partner", 15), tuple("Storyteller", 10));
		assertThat(shares.stream().mapToInt(WorkMixShare::getSharePercent).sum()).isEqualTo(100);
	}

	@Test
	void holdsAFullWorkingWeekAtEachOfThreeStages() {
		Map<String, List<Integer>> days = this.week.findByRoleSlugOrderByLevelIdAscWeekdayAsc(MLE)
			.stream()
			.collect(Collectors.groupingBy(WeekEntry::getLevelId,
					Collectors.mapping(WeekEntry::getWeekday, Collectors.toList())));
		assertThat(days).containsOnlyKeys("career-profile-week-junior", "career-profile-week-mid",
				"career-profile-week-senior");
		assertThat(days.values()).allSatisfy((weekdays) -> assertThat(weekdays).containsExactly(1, 2, 3, 4, 5));
	}

	@Test
	void givesTheFlagshipAnOverviewFromEachDocument() {
		assertThat(this.facts.findByRoleSlugOrderByKindAscPositionAsc(MLE))
			.filteredOn((fact) -> fact.getKind() == RoleFactKind.OVERVIEW)
			.extracting(RoleFact::getSourceId)
			// One from each document, then what the review found missing (V13).
			.containsExactly("career-guide", "job-description", "education-article", "magazine-article",
					"career-profile", "career-profile", "job-description", "career-guide");
	}

}
