package dev.mlcareers.portal.skill;

/** A skill in the index: what it is and how many documents name it. */
public record SkillSummary(String slug, String name, String description, int documentCount) {
}
