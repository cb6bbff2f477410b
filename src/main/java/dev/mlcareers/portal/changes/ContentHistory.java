package dev.mlcareers.portal.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.shared.ContentDates;

import org.springframework.stereotype.Service;

/**
 * What changed in the content and when: the versions for {@code /changes} and its feed,
 * and for any page, the day the newest version that changed it was published.
 */
@Service
public class ContentHistory implements ContentDates {

	/** The page of the content versions. */
	public static final String PATH = "/changes";

	/** Its Atom feed. */
	public static final String FEED_PATH = "/changes.atom";

	private final ContentVersionCatalog catalog;

	ContentHistory(ContentVersionCatalog catalog) {
		this.catalog = catalog;
	}

	/** Every content version, newest first. */
	public List<ContentVersionView> versions() {
		return this.catalog.newestFirst();
	}

	/**
	 * The page's content date: for {@code /changes} itself, the newest version's; for any
	 * other page, the newest version's that changed it.
	 */
	@Override
	public Optional<LocalDate> contentAsOf(String path) {
		return asOf(versions(), path);
	}

	static Optional<LocalDate> asOf(List<ContentVersionView> newestFirst, String path) {
		return newestFirst.stream()
			.filter((version) -> PATH.equals(path) || version.changed(path))
			.map(ContentVersionView::releasedOn)
			.max(LocalDate::compareTo);
	}

}
