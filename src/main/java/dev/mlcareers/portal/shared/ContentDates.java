package dev.mlcareers.portal.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the content a page shows last changed: the day the newest content version that
 * changed it was published. Pages say it ("Content as of …"), the sitemap gives it as
 * {@code lastmod}, and citations carry it.
 */
public interface ContentDates {

	/**
	 * The content date of the page at this path, under the portal's address and without a
	 * query; empty for a page that no content version made (a form, a confirmation, the
	 * privacy page).
	 */
	Optional<LocalDate> contentAsOf(String path);

}
