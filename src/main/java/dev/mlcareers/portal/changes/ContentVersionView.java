package dev.mlcareers.portal.changes;

import java.time.LocalDate;
import java.util.List;

/**
 * A content version as {@code /changes} and its feed show it.
 *
 * @param version the number of the migration that carried it
 * @param releasedOn the day it was published
 * @param summary what changed, in a line
 * @param pages the pages it changed, in the order the migration gives
 */
public record ContentVersionView(int version, LocalDate releasedOn, String summary, List<ChangedPage> pages) {

	/** Whether the version changed the page at this path. */
	public boolean changed(String path) {
		return this.pages.stream().anyMatch((page) -> page.covers(path));
	}

	/** The fragment identifier of the version on {@code /changes}. */
	public String anchor() {
		return "version-" + this.version;
	}

}
