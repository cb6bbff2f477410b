package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

/** The skills each document asks of a role, each counted once per document. */
@Component
class SkillSourceContributions implements SourceContributions {

	@Override
	public List<Counted> contributions() {
		return List.of(new Counted(ContributionKind.SKILLS,
				"SELECT source_id, COUNT(DISTINCT skill_slug) FROM role_skill GROUP BY source_id", "/skills"));
	}

}
