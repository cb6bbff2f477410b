package dev.mlcareers.portal.level;

import java.util.List;

import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

import static dev.mlcareers.portal.source.SourceContributions.Counted.rowsOf;

/** The experience levels each document defines. */
@Component
class LevelSourceContributions implements SourceContributions {

	@Override
	public List<Counted> contributions() {
		return List.of(rowsOf("experience_level", ContributionKind.EXPERIENCE_LEVELS, "/salaries"));
	}

}
