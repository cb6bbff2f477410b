package dev.mlcareers.portal.certification;

/** A role a certification supports. */
public record CertificationRole(String slug, String title) {
}
