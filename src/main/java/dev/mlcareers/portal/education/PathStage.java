package dev.mlcareers.portal.education;

import jakarta.persistence.Embeddable;

/**
 * A stage of a country's education path; {@code null} years where the document gives no
 * duration.
 */
@Embeddable
public record PathStage(int position, String name, Integer minYears, Integer maxYears) {
}
