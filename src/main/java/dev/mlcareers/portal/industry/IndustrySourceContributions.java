package dev.mlcareers.portal.industry;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

import static dev.mlcareers.portal.source.SourceContributions.Counted.rowsOf;

/** The industries, their uses and the employers each document names. */
@Component
class IndustrySourceContributions implements SourceContributions {

	private final RoleDirectory roles;

	IndustrySourceContributions(RoleDirectory roles) {
		this.roles = roles;
	}

	@Override
	public List<Counted> contributions() {
		String onTheRolePage = this.roles.flagship().path() + "#industries";
		return List.of(rowsOf("industry_mention", ContributionKind.INDUSTRIES, onTheRolePage),
				rowsOf("industry_use_case", ContributionKind.INDUSTRY_USES, onTheRolePage),
				rowsOf("employer_mention", ContributionKind.EMPLOYERS, onTheRolePage));
	}

}
