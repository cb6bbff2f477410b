package dev.mlcareers.portal.roadmap;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A step-by-step roadmap towards a role. */
@Entity
@Immutable
class Roadmap {

	@Id
	private String slug;

	private String roleSlug;

	private String title;

	private String summary;

	protected Roadmap() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getRoleSlug() {
		return this.roleSlug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

}
