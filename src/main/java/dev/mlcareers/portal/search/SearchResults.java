package dev.mlcareers.portal.search;

import java.util.List;

/** What a query found, grouped by kind in a fixed order. */
public record SearchResults(String query, List<SearchGroup> groups) {

	public SearchResults {
		groups = List.copyOf(groups);
	}

	public int total() {
		return this.groups.stream().mapToInt((group) -> group.hits().size()).sum();
	}

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

}
