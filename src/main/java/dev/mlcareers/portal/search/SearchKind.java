package dev.mlcareers.portal.search;

import dev.mlcareers.portal.shared.Coded;

/** What a search result is, in the order the results page groups them. */
public enum SearchKind implements Coded {

	ROLE, SKILL, CERTIFICATION, STEP, INDUSTRY, PATH;

	public String messageKey() {
		return "search.kind." + code();
	}

}
