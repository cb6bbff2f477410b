package dev.mlcareers.portal.source;

/** A statement in our words and the document it comes from. */
public record SourcedText(String text, SourceRef source) {
}
