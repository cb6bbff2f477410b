package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.rolecatalog.RoleRef;

/**
 * The journey the portal's pages lead to: the flagship role (the one the documents
 * describe, flagged as such in the role catalogue) and its roadmap.
 */
public record Flagship(RoleRef role, String roadmapSlug) {

	/** The name under which pages find it in their model. */
	public static final String MODEL_ATTRIBUTE = "flagship";

	/** The address of the flagship role's page. */
	public String rolePath() {
		return this.role.path();
	}

	/** The address of the flagship role's roadmap. */
	public String roadmapPath() {
		return "/roadmaps/" + this.roadmapSlug;
	}

}
