package dev.mlcareers.portal.source;

/**
 * How a fact names its source document: the id, the citation number shown beside it, and
 * a label.
 */
public record SourceRef(String id, int number, String label) {
}
