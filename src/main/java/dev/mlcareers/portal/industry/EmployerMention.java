package dev.mlcareers.portal.industry;

import jakarta.persistence.Embeddable;

/** One document naming an employer, and why. */
@Embeddable
public record EmployerMention(String sourceId, EmployerContext context) {
}
