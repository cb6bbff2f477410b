package dev.mlcareers.portal.roadmap;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The random secret in a visitor's cookie: 256 bits from a strong generator, so nobody
 * can guess another visitor's. The database keeps only its SHA-256 hash
 * ({@link #hash()}), so the stored ids cannot be turned back into cookies.
 */
public record VisitorToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

	public VisitorToken {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a visitor token");
		}
	}

	public static VisitorToken random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new VisitorToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * The token, if the text has a token's form; whether it is known is another matter.
	 */
	public static Optional<VisitorToken> parse(String text) {
		return (text != null && FORM.matcher(text).matches()) ? Optional.of(new VisitorToken(text)) : Optional.empty();
	}

	/**
	 * The SHA-256 hash (hex) of the token: what the database knows the browser by
	 * ({@code device.token_hash}). Which visitor's progress it shows is the database's to
	 * say; the browser that made the progress first has the hash as the visitor's id only
	 * if it made it before browsers could be linked.
	 */
	public String hash() {
		return PairingCodes.sha256(this.value);
	}

	@Override
	public String toString() {
		return "VisitorToken[hidden]";
	}

}
