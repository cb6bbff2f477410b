package dev.mlcareers.portal.roadmap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Pairing codes: 8 characters of Crockford's base32 (digits and letters without I, L, O
 * and U), 40 bits from a strong generator, shown in two groups of four. What a person
 * types is read leniently, as Crockford's alphabet intends: case, spaces and hyphens do
 * not matter, and I and L are read as 1, O as 0. Only a code's hash is stored.
 */
final class PairingCodes {

	static final int LENGTH = 8;

	/** How long a code can be used after it is made. */
	static final Duration VALID_FOR = Duration.ofMinutes(10);

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final RandomGenerator RANDOM = new SecureRandom();

	private PairingCodes() {
	}

	/** A new code, as stored and compared: 8 characters, no separator. */
	static String random() {
		return random(RANDOM);
	}

	static String random(RandomGenerator random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as shown and typed: two groups of four. */
	static String display(String code) {
		return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
	}

	/**
	 * The code someone typed or a link carried, in the form codes are stored, if it can
	 * be one: empty if, once case, spaces and hyphens are set aside, it is not 8
	 * characters of the alphabet.
	 */
	static Optional<String> parse(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < typed.length(); i++) {
			char c = Character.toUpperCase(typed.charAt(i));
			if (c == ' ' || c == '-' || c == '\u00a0' || c == '\t') {
				continue;
			}
			c = switch (c) {
				case 'I', 'L' -> '1';
				case 'O' -> '0';
				default -> c;
			};
			if (c > 127 || ALPHABET.indexOf(c) < 0 || code.length() == LENGTH) {
				return Optional.empty();
			}
			code.append(c);
		}
		return (code.length() == LENGTH) ? Optional.of(code.toString()) : Optional.empty();
	}

	/** What is stored of a code: its SHA-256 hash, in hex. */
	static String hash(String code) {
		return sha256("pairing-code " + code);
	}

	/**
	 * What the count of tries at a code is kept under: a hash of another kind than the
	 * stored one, so that the two tables cannot be matched.
	 */
	static String attemptSubject(String code) {
		return "c" + sha256("pairing-attempt " + code).substring(0, 63);
	}

	/**
	 * The SHA-256 hash of the text's UTF-8 bytes, in hex: what the portal keeps of every
	 * secret (visitors' tokens, pairing codes) and of client addresses.
	 */
	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
