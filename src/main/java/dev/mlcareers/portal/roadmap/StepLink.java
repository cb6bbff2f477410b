package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.source.SourceRef;

/**
 * A roadmap step as other pages link to it: with the document whose own step makes the
 * link, or none where the link is the portal's suggestion.
 */
public record StepLink(String roadmapSlug, int number, String title, SourceRef source) {

	/** Whether the link is the portal's own suggestion, not a document's. */
	public boolean editorial() {
		return this.source == null;
	}

}
