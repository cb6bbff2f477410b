package dev.mlcareers.portal.education;

import dev.mlcareers.portal.source.SourceRef;

/** A stage of the education timeline and how many years it takes. */
public record TimelineStage(String name, int minYears, int maxYears, String text, SourceRef source) {
}
