package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

import static dev.mlcareers.portal.source.SourceContributions.Counted.rowsOf;

/** The degrees, notes, paths, stages, pathways and exams each document describes. */
@Component
class EducationSourceContributions implements SourceContributions {

	private final RoleDirectory roles;

	EducationSourceContributions(RoleDirectory roles) {
		this.roles = roles;
	}

	@Override
	public List<Counted> contributions() {
		String onTheRolePage = this.roles.flagship().path() + "#education";
		return List.of(rowsOf("degree", ContributionKind.DEGREES, onTheRolePage),
				rowsOf("education_note", ContributionKind.EDUCATION_NOTES, onTheRolePage),
				rowsOf("education_path", ContributionKind.EDUCATION_PATHS, "/paths"),
				rowsOf("education_stage", ContributionKind.EDUCATION_STAGES, "/paths"),
				rowsOf("alternative_pathway", ContributionKind.ALTERNATIVE_PATHWAYS, "/paths"),
				rowsOf("exam", ContributionKind.EXAMS, "/paths"));
	}

}
