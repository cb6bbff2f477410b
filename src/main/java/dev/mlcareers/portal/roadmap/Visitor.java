package dev.mlcareers.portal.roadmap;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Someone who has saved roadmap progress, reached only through the browsers linked to it
 * ({@link Device}), each known by the hash of the random token in its cookie. There is no
 * account and nothing else about them.
 */
@Entity
class Visitor {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	private String id;

	private Instant createdAt;

	private Instant savedAt;

	protected Visitor() {
	}

	/**
	 * A new random id (256 bits, in hex) that is no browser's token hash: for a visitor
	 * whose id was the hash of a browser no longer linked to them
	 * ({@link DevicePairing}).
	 */
	static String newId() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** A visitor whose first save is now. */
	Visitor(String id, Instant now) {
		this.id = id;
		this.createdAt = now;
		this.savedAt = now;
	}

	String getId() {
		return this.id;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

}
