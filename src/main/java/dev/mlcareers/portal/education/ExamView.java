package dev.mlcareers.portal.education;

import dev.mlcareers.portal.source.SourceRef;

/** An exam on a country's path; {@code note} is {@code null} where there is none. */
public record ExamView(String name, boolean optional, String note, SourceRef source) {
}
