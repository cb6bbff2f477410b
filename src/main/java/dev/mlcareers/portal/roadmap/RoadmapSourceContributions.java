package dev.mlcareers.portal.roadmap;

import java.util.List;

import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

import static dev.mlcareers.portal.source.SourceContributions.Counted.rowsOf;

/**
 * The roadmap steps, outcomes and links each document makes; the portal's own suggestions
 * count for no one.
 */
@Component
class RoadmapSourceContributions implements SourceContributions {

	private final FlagshipJourney journey;

	RoadmapSourceContributions(FlagshipJourney journey) {
		this.journey = journey;
	}

	@Override
	public List<Counted> contributions() {
		String roadmap = this.journey.flagship().roadmapPath();
		return List.of(rowsOf("source_path_step", ContributionKind.ROADMAP_STEPS, roadmap),
				rowsOf("roadmap_step_outcome", ContributionKind.STEP_OUTCOMES, roadmap),
				new Counted(ContributionKind.STEP_LINKS,
						"SELECT source_id, COUNT(*) FROM (SELECT source_id FROM roadmap_step_skill"
								+ " UNION ALL SELECT source_id FROM roadmap_step_certification"
								+ " UNION ALL SELECT source_id FROM roadmap_step_role) l"
								+ " WHERE source_id IS NOT NULL GROUP BY source_id",
						roadmap));
	}

}
