package dev.mlcareers.portal.salary;

import dev.mlcareers.portal.source.SourceRef;

/** Something a document says pay depends on, with its detail where given. */
public record FactorView(String factor, String detail, SourceRef source) {
}
