package dev.mlcareers.portal.role;

import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

import org.springframework.stereotype.Service;

/** Read models about roles, assembled from the content store. */
@Service
public class RoleService {

	static final String FLAGSHIP_SLUG = "machine-learning-engineer";

	private final RoleRepository roles;

	private final OutlookStatRepository outlook;

	private final SourceCatalog sources;

	RoleService(RoleRepository roles, OutlookStatRepository outlook, SourceCatalog sources) {
		this.roles = roles;
		this.outlook = outlook;
		this.sources = sources;
	}

	public int roleCount() {
		return this.roles.findAllByOrderByPosition().size();
	}

	/** The flagship role's outlook figures, each with its source. */
	public List<OutlookFigure> flagshipOutlook() {
		Map<String, SourceRef> refs = this.sources.refsById();
		return this.outlook.findByRoleSlugOrderByPosition(FLAGSHIP_SLUG)
			.stream()
			.map((stat) -> new OutlookFigure(stat.getKind(), stat.getFromPercent(), stat.getToPercent(),
					stat.getMeasure(), stat.getPeriod(), stat.getCitedAs(), refs.get(stat.getSourceId())))
			.toList();
	}

}
