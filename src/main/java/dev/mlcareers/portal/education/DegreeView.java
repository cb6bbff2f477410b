package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.source.SourceRef;

/**
 * One document's degree expectation: the level and the subjects it names ({@code fields}
 * empty means any subject), with the document's note where it adds one.
 */
public record DegreeView(DegreeLevel level, List<String> fields, String note, SourceRef source) {
}
