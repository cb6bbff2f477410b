package dev.mlcareers.portal.search;

/**
 * A result as the page shows it. The title and excerpt are HTML: the content's text with
 * every special character escaped, and the matched words wrapped in {@code <mark>}.
 */
public record SearchHit(String path, String titleHtml, String excerptHtml) {
}
