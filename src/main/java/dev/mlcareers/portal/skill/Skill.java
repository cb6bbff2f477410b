package dev.mlcareers.portal.skill;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A skill or tool. */
@Entity
@Immutable
class Skill {

	@Id
	private String slug;

	private String name;

	private SkillCategory category;

	private String description;

	protected Skill() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public SkillCategory getCategory() {
		return this.category;
	}

	public String getDescription() {
		return this.description;
	}

}
