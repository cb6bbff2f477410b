package dev.mlcareers.portal.certification;

import java.util.List;

import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

import static dev.mlcareers.portal.source.SourceContributions.Counted.rowsOf;

/** The certifications each document names. */
@Component
class CertificationSourceContributions implements SourceContributions {

	@Override
	public List<Counted> contributions() {
		return List.of(rowsOf("certification", ContributionKind.CERTIFICATIONS, "/certifications"));
	}

}
