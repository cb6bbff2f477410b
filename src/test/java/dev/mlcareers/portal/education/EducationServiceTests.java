package dev.mlcareers.portal.education;

import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.support.ContentServiceTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ContentServiceTest
class EducationServiceTests {

	@Autowired
	EducationService education;

	@Test
	void givesEachCountrysPathWithItsOwnExams() {
		PathsPage page = this.education.paths();
		assertThat(page.paths()).extracting(CountryPath::region).containsExactly(Region.IN, Region.US, Region.EU);
		CountryPath us = page.paths().get(1);
		assertThat(us.stages()).extracting(PathStage::name)
			.containsExactly("BS in computer science or statistics", "Internships", "Data roles");
		assertThat(us.employers()).containsExactly("Tech firms", "Finance", "Healthcare", "AI labs");
		assertThat(us.exams()).extracting(ExamView::name, ExamView::optional)
			.containsExactly(Tuple.tuple("GRE", true), Tuple.tuple("TOEFL or IELTS", false));
		assertThat(page.paths()).allSatisfy((path) -> {
			assertThat(path.source().id()).isEqualTo("career-profile");
			assertThat(path.caution()).isNotBlank();
			assertThat(path.exams()).isNotEmpty();
		});
	}

	@Test
	void givesTheTimelineAndTheRoutesWithoutADegree() {
		PathsPage page = this.education.paths();
		assertThat(page.timeline()).extracting(TimelineStage::name)
			.containsExactly("High school", "Undergraduate", "Graduate");
		assertThat(page.timeline().get(2).minYears()).isEqualTo(1);
		assertThat(page.timeline().get(2).maxYears()).isEqualTo(2);
		assertThat(page.alternatives()).extracting(Pathway::name).containsExactly("Bootcamps", "Self-taught");
	}

}
