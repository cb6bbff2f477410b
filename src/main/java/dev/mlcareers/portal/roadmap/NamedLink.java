package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.source.SourceRef;

/**
 * Something a step links to by slug: a skill, a certification or a role; with the
 * document whose own step names it, or none where the link is the portal's suggestion.
 */
public record NamedLink(String slug, String name, SourceRef source) {

	/** Whether the link is the portal's own suggestion, not a document's. */
	public boolean editorial() {
		return this.source == null;
	}

}
