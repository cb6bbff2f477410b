package dev.mlcareers.portal.roadmap;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Someone who has saved roadmap progress, known only by the hash of the random token in
 * their browser's cookie. There is no account and nothing else about them.
 */
@Entity
class Visitor {

	@Id
	private String id;

	private Instant createdAt;

	protected Visitor() {
	}

	Visitor(String id, Instant createdAt) {
		this.id = id;
		this.createdAt = createdAt;
	}

	String getId() {
		return this.id;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
