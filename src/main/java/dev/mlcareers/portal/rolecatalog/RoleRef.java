package dev.mlcareers.portal.rolecatalog;

/**
 * A role as other features refer to it: its address, its title, its rung on the ladder,
 * and whether it is the flagship role the portal is about.
 */
public record RoleRef(String slug, String title, int ladderRank, boolean flagship) {

	/** The address of the role's page. */
	public String path() {
		return "/roles/" + this.slug;
	}

}
