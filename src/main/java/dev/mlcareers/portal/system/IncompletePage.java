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

	/** Marks the response's page as incomplete. */
	public static void mark(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PagePolicyFilter.NOT_STORED);
	}

}
