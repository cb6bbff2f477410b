package dev.mlcareers.portal.roadmap;

import jakarta.persistence.Embeddable;

/**
 * Something a visitor can check off at the end of a roadmap step, and the document it
 * comes from.
 */
@Embeddable
public record StepOutcome(int position, String sourceId, String text) {
}
