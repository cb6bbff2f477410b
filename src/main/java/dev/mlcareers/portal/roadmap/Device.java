package dev.mlcareers.portal.roadmap;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A browser linked to a visitor's progress, known by the hash of the token in its cookie
 * ({@link VisitorToken#hash()}). A visitor has one device per browser they paired; each
 * shows and changes the same progress.
 */
@Entity
class Device {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String tokenHash;

	private String visitorId;

	private Instant linkedAt;

	private Instant savedAt;

	protected Device() {
	}

	Long getId() {
		return this.id;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	String getVisitorId() {
		return this.visitorId;
	}

	Instant getLinkedAt() {
		return this.linkedAt;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

}
