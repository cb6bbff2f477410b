package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class EducationRepositoryTests {

	@Autowired
	EducationPathRepository paths;

	@Autowired
	EducationStageRepository timeline;

	@Autowired
	AlternativePathwayRepository pathways;

	@Autowired
	ExamRepository exams;

	@Autowired
	DegreeRepository degrees;

	@Autowired
	EducationNoteRepository notes;

	@Test
	void holdsThePathsForIndiaTheUnitedStatesAndEuropeWithDurationsEmployersAndCautions() {
		List<EducationPath> all = this.paths.findAllByOrderByPosition();
		assertThat(all).extracting(EducationPath::getRegion).containsExactly(Region.IN, Region.US, Region.EU);
		assertThat(all.get(0).getStages()).containsExactly(new PathStage(1, "BSc or BTech in computer science", 3, 4),
				new PathStage(2, "Data projects", null, null), new PathStage(3, "Analyst or ML roles", null, null));
		assertThat(all.get(1).getEmployers()).containsExactly("Tech firms", "Finance", "Healthcare", "AI labs");
		assertThat(all.get(2).getStages()).extracting(PathStage::name, PathStage::minYears)
			.containsExactly(tuple("BSc", 3), tuple("MSc", 2), tuple("Data roles", null));
		assertThat(all).allSatisfy((path) -> assertThat(path.getCaution()).isNotBlank());
	}

	@Test
	void holdsTheEducationTimeline() {
		assertThat(this.timeline.findAllByOrderByPosition())
			.extracting(EducationStage::getName, EducationStage::getMinYears, EducationStage::getMaxYears)
			.containsExactly(tuple("High school", 2, 4), tuple("Undergraduate", 3, 4), tuple("Graduate", 1, 2));
	}

	@Test
	void holdsTheAlternativePathwaysAndExams() {
		assertThat(this.pathways.findAllByOrderByPosition()).extracting(AlternativePathway::getName)
			.containsExactly("Bootcamps", "Self-taught");
		assertThat(this.exams.findAllByOrderByRegionAscPositionAsc())
			.extracting(Exam::getRegion, Exam::getName, Exam::isOptional)
			.containsExactlyInAnyOrder(tuple(Region.IN, "GATE (CS)", false),
					tuple(Region.IN, "Campus placements", false), tuple(Region.US, "GRE", true),
					tuple(Region.US, "TOEFL or IELTS", false), tuple(Region.EU, "Country-specific exams", false));
	}

	@Test
	void keepsEachDocumentsDegreeExpectations() {
		assertThat(this.degrees.findAllByOrderBySourceIdAscPositionAsc()).hasSize(18)
			.filteredOn((degree) -> degree.getLevel() == DegreeLevel.MASTER_OR_PHD)
			.extracting(Degree::getSourceId)
			.containsExactly("job-description", "magazine-article");
		assertThat(this.notes.findAllByOrderByPosition()).hasSize(2);
	}

}
