package dev.mlcareers.portal.salary;

/**
 * A role as the salary pages name it, read without a compile-time dependency on the role
 * feature (which depends on this one).
 */
public record RoleName(String slug, String title, int ladderRank, boolean flagship) {
}
