package dev.mlcareers.portal.level;

import dev.mlcareers.portal.source.SourceRef;

/**
 * An experience level as one document defines it. {@code minYears}/{@code maxYears} are
 * inclusive; a {@code null} maximum with a minimum is an open top ("7+ years"); both
 * {@code null} means the document gives no years.
 */
public record LevelView(String id, LevelScheme scheme, Stage stage, String label, Integer minYears, Integer maxYears,
		String summary, SourceRef source) {

	public boolean yearsStated() {
		return this.minYears != null;
	}

	public boolean openEnded() {
		return this.minYears != null && this.maxYears == null;
	}

}
