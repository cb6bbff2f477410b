package dev.mlcareers.portal.shared;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address the public reaches the portal at ({@code portal.public-url}), context path
 * included, for whatever must name the portal absolutely (the API description's terms of
 * reuse). It comes from configuration, never from the request's {@code Host} header,
 * which the client writes.
 *
 * @param publicUrl an absolute http or https address, without query or fragment
 */
@ConfigurationProperties("portal")
public record PublicAddress(URI publicUrl) {

	public PublicAddress {
		if (publicUrl == null) {
			throw new IllegalArgumentException("portal.public-url must be set to the address the public reaches");
		}
		String scheme = publicUrl.getScheme();
		if (!publicUrl.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))
				|| publicUrl.getHost() == null) {
			throw new IllegalArgumentException("portal.public-url must be an absolute http or https address");
		}
		if (publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null
				|| publicUrl.getRawUserInfo() != null) {
			throw new IllegalArgumentException("portal.public-url must have no user, query or fragment");
		}
		String path = publicUrl.getRawPath();
		if (path != null && path.endsWith("/")) {
			publicUrl = URI.create(publicUrl.toString().replaceFirst("/+$", ""));
		}
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

}
