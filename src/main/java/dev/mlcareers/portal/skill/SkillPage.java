package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/** Everything the page of one skill shows. */
public record SkillPage(String slug, String name, SkillCategory category, String description, List<SourceRef> namedBy,
		List<SourcedText> examples, List<RoleNeed> roles, List<StepLink> steps, List<SkillLink> sameCategory) {
}
