package dev.mlcareers.portal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No content at this address: answered with the 404 page in the site layout. */
public class ContentNotFoundException extends ResponseStatusException {

	private final String kind;

	private ContentNotFoundException(String kind, String reason) {
		super(HttpStatus.NOT_FOUND, reason);
		this.kind = kind;
	}

	public static ContentNotFoundException forSlug(String kind, String slug) {
		return new ContentNotFoundException(kind, "No " + kind + " with slug '" + Slugs.forLog(slug) + "'");
	}

	/** What was looked for: {@code role}, {@code skill}, ... */
	public String getKind() {
		return this.kind;
	}

}
