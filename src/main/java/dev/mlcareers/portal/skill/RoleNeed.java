package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.source.SourceRef;

/** A role that needs a skill, and the documents that say so. */
public record RoleNeed(RoleRef role, List<SourceRef> namedBy) {
}
