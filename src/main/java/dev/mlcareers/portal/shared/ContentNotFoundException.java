package dev.mlcareers.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No content at this address: answered with the 404 page in the site layout. */
public class ContentNotFoundException extends ResponseStatusException {

	private ContentNotFoundException(String reason) {
		super(HttpStatus.NOT_FOUND, reason);
	}

	public static ContentNotFoundException forSlug(String kind, String slug) {
		return new ContentNotFoundException("No " + kind + " with slug '" + Slugs.forLog(slug) + "'");
	}

}
