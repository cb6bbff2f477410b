package dev.mlcareers.portal.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Fetching pages from the running application in full-application tests. */
public final class Pages {

	private Pages() {
	}

	/** The HTML a browser would get for the path, after checking its status and type. */
	public static String html(RestTestClient client, String path, int status) {
		return client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
