package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.source.SourceRef;

/** A step of one document's own list that a roadmap step draws on. */
public record StepOrigin(SourceRef source, int number, String title) {
}
