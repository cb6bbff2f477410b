package dev.mlcareers.portal.roadmap;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A skill a visitor said they have. */
@Entity
@Table(name = "visitor_skill")
@IdClass(SavedSkill.Key.class)
class SavedSkill {

	@Id
	private String visitorId;

	@Id
	private String skillSlug;

	private Instant savedAt;

	record Key(String visitorId, String skillSlug) implements Serializable {
	}

	protected SavedSkill() {
	}

	String getSkillSlug() {
		return this.skillSlug;
	}

	Instant getSavedAt() {
		return this.savedAt;
	}

}
