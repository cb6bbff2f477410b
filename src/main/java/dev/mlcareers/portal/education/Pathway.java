package dev.mlcareers.portal.education;

import dev.mlcareers.portal.source.SourceRef;

/** A route into the career other than a degree. */
public record Pathway(String name, String text, SourceRef source) {
}
