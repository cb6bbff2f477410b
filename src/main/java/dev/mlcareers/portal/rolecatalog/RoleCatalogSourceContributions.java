package dev.mlcareers.portal.rolecatalog;

import java.util.List;

import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

/** The roles each document names. */
@Component
class RoleCatalogSourceContributions implements SourceContributions {

	@Override
	public List<Counted> contributions() {
		return List.of(Counted.rowsOf("role_source", ContributionKind.ROLES, "/roles"));
	}

}
