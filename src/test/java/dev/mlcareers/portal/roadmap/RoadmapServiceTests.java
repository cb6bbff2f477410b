package dev.mlcareers.portal.roadmap;

import java.util.stream.Collectors;

import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ContentServiceTest
class RoadmapServiceTests {

	@Autowired
	RoadmapService catalog;

	@Test
	void assemblesEveryStepWithWhatItBuildsAndWhereItComesFrom() {
		RoadmapView roadmap = this.catalog.roadmap("machine-learning-engineer").orElseThrow();
		assertThat(roadmap.stepCount()).isEqualTo(12);
		assertThat(roadmap.steps()).allSatisfy((step) -> {
			assertThat(step.summary()).isNotBlank();
			assertThat(step.why()).isNotBlank();
			assertThat(step.origins()).isNotEmpty();
			assertThat(step.sources()).isNotEmpty();
			assertThat(step.outcomes()).isNotEmpty().allSatisfy((outcome) -> assertThat(outcome.source()).isNotNull());
		});
		StepView python = roadmap.step(2).orElseThrow();
		assertThat(python.title()).isEqualTo("Learn Python");
		assertThat(python.skills()).extracting(NamedLink::slug).contains("python");
		assertThat(python.origins()).extracting((origin) -> origin.source().id())
			.containsExactlyInAnyOrder("career-guide", "job-description", "education-article", "magazine-article");
		assertThat(python.sources()).extracting((source) -> source.number()).isSorted();
	}

	@Test
	void namesTheCertificationsAndRolesOfAStep() {
		RoadmapView roadmap = this.catalog.roadmap("machine-learning-engineer").orElseThrow();
		StepView certification = roadmap.step(10).orElseThrow();
		assertThat(certification.certifications()).extracting(NamedLink::name)
			.startsWith("Google Professional Machine Learning Engineer")
			.hasSize(5);
		assertThat(roadmap.steps()
			.stream()
			.flatMap((step) -> step.roles().stream())
			.map(NamedLink::slug)
			.collect(Collectors.toSet())).contains("machine-learning-engineer");
	}

	@Test
	void knowsNoOtherRoadmap() {
		assertThat(this.catalog.roadmap("data-scientist")).isEmpty();
	}

}
