package dev.mlcareers.portal.rolecatalog;

import java.util.List;

/**
 * A role with what the catalogue knows of it beyond the reference: its track, its short
 * summary, and the name each document that mentions it uses.
 */
public record RoleEntry(RoleRef ref, Track track, String summary, List<DocumentName> names) {

	public String slug() {
		return this.ref.slug();
	}

	/** The name one document uses for the role. */
	public record DocumentName(String sourceId, String name) {
	}

}
