package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/**
 * A skill on a role page: the documents that name it for the role, and their examples.
 */
public record RoleSkillView(String slug, String name, List<SourceRef> namedBy, List<SourcedText> examples) {
}
