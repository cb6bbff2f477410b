package dev.mlcareers.portal.search;

import java.util.List;

/** The results of one kind, best first. */
public record SearchGroup(SearchKind kind, List<SearchHit> hits) {

	public SearchGroup {
		hits = List.copyOf(hits);
	}

}
