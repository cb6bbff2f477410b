package dev.mlcareers.portal.changes;

/**
 * A page a content version changed, or with {@code /*} at the end, every page under a
 * path; with the words that name it.
 *
 * @param page the path under the portal's address, such as {@code /roles/data-analyst} or
 * {@code /roles/*}
 * @param label which page or pages, in words
 */
public record ChangedPage(String page, String label) {

	private static final String EVERY = "/*";

	/** Whether this names every page under a path rather than one page. */
	public boolean everyPageUnder() {
		return this.page.endsWith(EVERY);
	}

	/** Whether the page at this path (no query) is this page, or one of these pages. */
	public boolean covers(String path) {
		if (!everyPageUnder()) {
			return this.page.equals(path);
		}
		String prefix = this.page.substring(0, this.page.length() - 1);
		return path.length() > prefix.length() && path.startsWith(prefix);
	}

}
