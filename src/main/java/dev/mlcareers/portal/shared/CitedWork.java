package dev.mlcareers.portal.shared;

import java.time.LocalDate;

/**
 * A work a page is based on, as a citation lists it: one of the five documents, or the
 * publication of a conversion rate.
 *
 * @param title what the work is called
 * @param author who wrote it, where it says; else {@code null}
 * @param publisher who published it, where it says; else {@code null}
 * @param date when it was last updated, where it says; else {@code null}
 */
public record CitedWork(String title, String author, String publisher, LocalDate date) {

	public CitedWork(String title, String publisher) {
		this(title, null, publisher, null);
	}

}
