package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.source.SourcedText;

/** What the documents say about degrees and other credentials. */
public record EducationSummary(List<DegreeView> degrees, List<SourcedText> credentialNotes) {
}
