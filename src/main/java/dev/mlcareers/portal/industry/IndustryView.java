package dev.mlcareers.portal.industry;

import java.util.List;

import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/**
 * An industry: the documents that list it as hiring, and its uses of machine learning.
 */
public record IndustryView(String slug, String name, List<SourceRef> hiringPer, List<SourcedText> useCases) {
}
