package dev.mlcareers.portal.rolecatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Service;

/**
 * The roles the documents describe, in the documents' order: the one place every feature
 * learns a role's title, rank and whether it is the flagship.
 */
@Service
@Import(RoleEntries.class)
public class RoleDirectory {

	private final RoleEntries entries;

	RoleDirectory(RoleEntries entries) {
		this.entries = entries;
	}

	/** Every role, in the documents' order. */
	public List<RoleEntry> entries() {
		return this.entries.load();
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

}
