package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.source.SourceRef;

/** A role that needs a skill, and the documents that say so. */
public record RoleNeed(String slug, String title, List<SourceRef> namedBy) {
}
