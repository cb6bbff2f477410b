package dev.mlcareers.portal.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * For a handler whose page is rendered without part of what it shows (the database could
 * not be read, say): the page is answered as it is, but neither kept by the page cache
 * nor stored by any cache after it, so the next request renders it whole again.
 */
public final class IncompletePage {

	private IncompletePage() {
	}

	/**
	 * Marks the response's page as incomplete, with the headers Spring Security gives a
	 * page not to be stored (which then leaves them as they are).
	 */
	public static void mark(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		response.setHeader(HttpHeaders.EXPIRES, "0");
	}

}
