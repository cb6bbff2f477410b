package dev.mlcareers.portal.roadmap;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Someone who has saved roadmap progress, reached only through the browsers linked to it
 * ({@link Device}), each known by the hash of the random token in its cookie. There is no
 * account and nothing else about them.
 */
@Entity
class Visitor {

	@Id
	private String id;

	private Instant createdAt;

	private Instant savedAt;

	protected Visitor() {
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
