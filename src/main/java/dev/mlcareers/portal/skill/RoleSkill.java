package dev.mlcareers.portal.skill;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.Immutable;

/** One document naming a skill for a role, with its example where it gives one. */
@Entity
@Immutable
@IdClass(RoleSkill.Key.class)
class RoleSkill {

	@Id
	private String roleSlug;

	@Id
	private String skillSlug;

	@Id
	private String sourceId;

	private String example;

	public record Key(String roleSlug, String skillSlug, String sourceId) implements Serializable {
	}

	protected RoleSkill() {
	}

	public String getRoleSlug() {
		return this.roleSlug;
	}

	public String getSkillSlug() {
		return this.skillSlug;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public String getExample() {
		return this.example;
	}

}
