package dev.mlcareers.portal.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address the public reaches the portal at ({@code portal.public-url}), context path
 * included, for whatever must name the portal absolutely (the API description's terms of
 * reuse). It comes from configuration, never from the request's {@code Host} header,
 * which the client writes. Kept as written (a percent-escape stays one), without a
 * trailing slash; a value that is not an absolute http or https address with a host, or
 * that has a query, a fragment or a user, stops the portal at start-up, saying why.
 *
 * @param publicUrl an absolute http or https address, without query or fragment
 */
@ConfigurationProperties("portal")
public record PublicAddress(String publicUrl) {

	public PublicAddress {
		publicUrl = checked(publicUrl);
	}

	/**
	 * The absolute address of a path of the portal.
	 * @param path the path under the portal's own address, starting with {@code /}
	 */
	public String of(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A path of the portal starts with /: " + path);
		}
		return this.publicUrl + path;
	}

	private static String checked(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("portal.public-url must be set to the address the public reaches");
		}
		URI uri;
		try {
			uri = new URI(value.strip()).normalize();
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("portal.public-url is not a valid address: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
			throw new IllegalArgumentException("portal.public-url must be an absolute http or https address");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("portal.public-url has no host, or one that is not a valid host name");
		}
		if (uri.getPort() > 65535) {
			throw new IllegalArgumentException("portal.public-url has a port above 65535");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("portal.public-url must have no user, query or fragment");
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath().replaceFirst("/+$", "") : "";
		String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
		return scheme + "://" + uri.getRawAuthority().replaceFirst(":\\d+$", "") + port + path;
	}

}
