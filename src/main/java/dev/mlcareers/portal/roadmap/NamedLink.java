package dev.mlcareers.portal.roadmap;

/** Something a step links to by slug: a skill, a certification or a role. */
public record NamedLink(String slug, String name) {
}
