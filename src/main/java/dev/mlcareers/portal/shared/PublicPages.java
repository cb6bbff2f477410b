package dev.mlcareers.portal.shared;

import java.util.List;

/**
 * A feature's public pages that search engines should find: each at its canonical
 * address, indexable, and the same for every visitor who has saved nothing. The sitemap
 * lists what every feature gives here; no feature's private pages, forms or parameter
 * spaces belong in it.
 */
public interface PublicPages {

	/**
	 * The paths of the pages, under the portal's public address, each starting with
	 * {@code /}, with the canonical query where the page has one.
	 */
	List<String> paths();

}
