package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceRef;

/** A country's route into the career: stages, employers, a caution and its exams. */
public record CountryPath(Region region, SourceRef source, List<PathStage> stages, List<String> employers,
		String caution, List<ExamView> exams) {

	public CountryPath {
		stages = List.copyOf(stages);
		employers = List.copyOf(employers);
		exams = List.copyOf(exams);
	}

}
