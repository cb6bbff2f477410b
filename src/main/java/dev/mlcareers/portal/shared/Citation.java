package dev.mlcareers.portal.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What a citation of one of the portal's pages holds.
 *
 * @param title the page's title
 * @param path the page's canonical path under the portal's address, with its query where
 * it has one
 * @param contentAsOf the day the page's content last changed, or {@code null} where no
 * content version made it
 * @param sources the works the page is based on, in citation order
 */
public record Citation(String title, String path, LocalDate contentAsOf, List<CitedWork> sources) {

	public Citation {
		sources = List.copyOf(sources);
	}

}
