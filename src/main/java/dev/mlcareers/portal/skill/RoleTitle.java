package dev.mlcareers.portal.skill;

/** A role's slug and title, as the skill pages need them. */
public record RoleTitle(String slug, String title) {
}
