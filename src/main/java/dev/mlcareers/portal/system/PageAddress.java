package dev.mlcareers.portal.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one canonical address of a page that may be kept ({@link SharedPage},
 * {@link PersonalPage}): the handler's path pattern expanded with the decoded values it
 * matched, each encoded only where it must be, under the configured context path; then
 * the query its handler declares with {@link #declareQuery}, or none. Pages are kept only
 * under that address, so any other spelling of it (percent-encoded letters, extra or
 * reordered parameters, ...) never finds or fills a cache entry.
 */
public final class PageAddress {

	/** Where the handler's declared query is kept while the request is handled. */
	static final String QUERY_ATTRIBUTE = PageAddress.class.getName() + ".query";

	/** Where the page's canonical address is left for the page cache. */
	static final String CANONICAL_ATTRIBUTE = PageAddress.class.getName() + ".canonical";

	private PageAddress() {
	}

	/** Where the page's canonical path is kept while the request is handled. */
	static final String PATH_ATTRIBUTE = PageAddress.class.getName() + ".path";

	/**
	 * Declares the canonical query of the page the handler is about to render, as
	 * {@link #query()} builds it ({@code null} or empty for none). A request with any
	 * other query is redirected to it once the handler returns.
	 * @return whether the request is at the canonical address: if not, the handler need
	 * do no more work, since its page will not be rendered
	 */
	public static boolean declareQuery(HttpServletRequest request, String query) {
		String declared = (query != null) ? query : "";
		request.setAttribute(QUERY_ATTRIBUTE, declared);
		String path = (String) request.getAttribute(PATH_ATTRIBUTE);
		return path == null || requested(request).equals(address(path, declared));
	}

	/** The address of the path with the query, if it has one. */
	static String address(String path, String query) {
		return (query == null || query.isEmpty()) ? path : path + "?" + query;
	}

	/**
	 * A query in canonical form: the parameters in the order added, each name and value
	 * encoded as an HTML form encodes them ({@code +} for a space), so that a form
	 * submitted with canonical values lands on the canonical address.
	 */
	public static Query query() {
		return new Query();
	}

	/** The address exactly as the request spelt it: its path, then any query. */
	static String requested(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

	/** The canonical address the handler's page was given, or {@code null}. */
	static String canonical(HttpServletRequest request) {
		return (String) request.getAttribute(CANONICAL_ATTRIBUTE);
	}

	/** Builds a canonical query. */
	public static final class Query {

		private final StringJoiner parameters = new StringJoiner("&");

		private Query() {
		}

		/** Adds the parameter, unless the value is {@code null}. */
		public Query add(String name, String value) {
			if (value != null) {
				this.parameters.add(encode(name) + "=" + encode(value));
			}
			return this;
		}

		@Override
		public String toString() {
			return this.parameters.toString();
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

}
