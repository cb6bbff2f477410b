package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mlcareers.portal.system.RepositoriesConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(RepositoriesConfig.class)
class RoadmapRepositoryTests {

	@Autowired
	RoadmapRepository roadmaps;

	@Autowired
	RoadmapStepRepository steps;

	@Autowired
	SourcePathStepRepository sourceSteps;

	@Test
	void keepsTheFourStepListsOfTheDocuments() {
		Map<String, Long> lengths = this.sourceSteps.findAllByOrderBySourceIdAscNumberAsc()
			.stream()
			.collect(Collectors.groupingBy(SourcePathStep::getSourceId, Collectors.counting()));
		assertThat(lengths).containsExactlyInAnyOrderEntriesOf(
				Map.of("career-guide", 4L, "education-article", 5L, "job-description", 6L, "magazine-article", 7L));
	}

	@Test
	void mergesThemIntoTwelveNumberedStepsThatCarryEveryDocumentStep() {
		assertThat(this.roadmaps.findById("machine-learning-engineer")).isPresent();
		List<RoadmapStep> merged = this.steps.findByRoadmapSlugOrderByNumber("machine-learning-engineer");
		assertThat(merged).extracting(RoadmapStep::getNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		Set<Integer> carried = merged.stream()
			.flatMap((step) -> step.getOriginIds().stream())
			.collect(Collectors.toSet());
		assertThat(this.sourceSteps.findAllByOrderBySourceIdAscNumberAsc()).extracting(SourcePathStep::getId)
			.allSatisfy((id) -> assertThat(carried).contains(id));
	}

	@Test
	void everyStepCitesTheDocumentsThatNameItAndHasOutcomesToCheckOff() {
		assertThat(this.steps.findByRoadmapSlugOrderByNumber("machine-learning-engineer")).allSatisfy((step) -> {
			assertThat(step.getOriginIds()).as("step %d origins", step.getNumber()).isNotEmpty();
			assertThat(step.getOutcomes()).as("step %d outcomes", step.getNumber()).isNotEmpty();
			assertThat(step.getRoleSlugs()).as("step %d roles", step.getNumber()).isNotEmpty();
		});
		RoadmapStep certifications = this.steps.findByRoadmapSlugOrderByNumber("machine-learning-engineer").get(9);
		assertThat(certifications.getCertificationSlugs()).hasSize(5);
	}

}
