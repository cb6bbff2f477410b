package dev.mlcareers.portal.skill;

/** A skill as other pages link to it. */
public record SkillLink(String slug, String name) {
}
