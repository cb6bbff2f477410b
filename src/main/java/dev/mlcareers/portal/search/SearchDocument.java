package dev.mlcareers.portal.search;

/** One thing the search finds: what it is, its title and text, and where it is shown. */
record SearchDocument(SearchKind kind, String title, String text, String path) {
}
