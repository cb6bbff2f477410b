package dev.mlcareers.portal.system;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names the version of a visitor's data that a request's personal pages
 * ({@link PersonalPage}) show. The feature that keeps that data implements it (the
 * roadmap does, for saved progress), so that the page cache never needs a cookie's name
 * or a feature's address: it keeps a personal page for one visitor alone, under this key.
 */
public interface VisitorKeys {

	/**
	 * The key of the data the request's visitor has now, if the request carries that
	 * visitor's cookies in a usable form: it must name the visitor (nobody else can
	 * present it) and change whenever anything a personal page shows from their data
	 * changes, through whichever instance. Empty when there is no such key (no cookies,
	 * malformed ones, or no way to know the data's version): their pages are then never
	 * kept.
	 */
	Optional<String> key(HttpServletRequest request);

}
