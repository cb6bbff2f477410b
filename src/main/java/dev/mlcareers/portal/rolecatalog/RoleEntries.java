package dev.mlcareers.portal.rolecatalog;

import java.util.List;

import dev.mlcareers.portal.shared.ReadModel;

/**
 * The roles as read from the store, kept like every other read model: read once, and
 * again only after the caches are cleared. A bean of {@link RoleDirectory}'s, imported by
 * it.
 */
class RoleEntries {

	private final RoleRepository roles;

	RoleEntries(RoleRepository roles) {
		this.roles = roles;
	}

	@ReadModel("role-directory")
	public List<RoleEntry> load() {
		return this.roles.findAllByOrderByPosition().stream().map(RoleEntries::entry).toList();
	}

	private static RoleEntry entry(Role role) {
		return new RoleEntry(new RoleRef(role.getSlug(), role.getTitle(), role.getLadderRank(), role.isFlagship()),
				role.getTrack(), role.getSummary(),
				role.getNames()
					.stream()
					.map((name) -> new RoleEntry.DocumentName(name.sourceId(), name.nameUsed()))
					.toList());
	}

}
