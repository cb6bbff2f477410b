package dev.mlcareers.portal.rolecatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles the documents describe, in the documents' order: the one place every feature
 * learns a role's title, rank and whether it is the flagship.
 */
@Service
@Transactional(readOnly = true)
public class RoleDirectory {

	private final RoleRepository roles;

	/** Read once, on first use: the roles change only with a deployment. */
	private volatile List<RoleEntry> entries;

	RoleDirectory(RoleRepository roles) {
		this.roles = roles;
	}

	/** Every role, in the documents' order. */
	public List<RoleEntry> entries() {
		List<RoleEntry> read = this.entries;
		if (read == null) {
			read = this.roles.findAllByOrderByPosition().stream().map(RoleDirectory::entry).toList();
			this.entries = read;
		}
		return read;
	}

	/** Every role as a reference, in the documents' order. */
	public List<RoleRef> all() {
		return entries().stream().map(RoleEntry::ref).toList();
	}

	/** The references by slug, in the documents' order. */
	public Map<String, RoleRef> bySlug() {
		return all().stream()
			.collect(Collectors.toMap(RoleRef::slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	public Optional<RoleEntry> find(String slug) {
		return entries().stream().filter((entry) -> entry.slug().equals(slug)).findFirst();
	}

	/** The role the portal is about, as the catalogue marks it. */
	public RoleRef flagship() {
		return all().stream()
			.filter(RoleRef::flagship)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No role is marked as the flagship"));
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
