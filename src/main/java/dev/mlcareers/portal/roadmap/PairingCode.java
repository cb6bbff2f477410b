package dev.mlcareers.portal.roadmap;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A visitor's open pairing code, kept only as its hash ({@link PairingCodes}), until it
 * is used, replaced or expired.
 */
@Entity
class PairingCode {

	@Id
	private String visitorId;

	private String codeHash;

	private Instant expiresAt;

	protected PairingCode() {
	}

	String getVisitorId() {
		return this.visitorId;
	}

	String getCodeHash() {
		return this.codeHash;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
