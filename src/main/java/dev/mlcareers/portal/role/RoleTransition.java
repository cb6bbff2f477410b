package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** One document's statement that one role leads to another. */
@Entity
@Immutable
class RoleTransition {

	@Id
	private Integer id;

	private String fromSlug;

	private String toSlug;

	private String sourceId;

	protected RoleTransition() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getFromSlug() {
		return this.fromSlug;
	}

	public String getToSlug() {
		return this.toSlug;
	}

	public String getSourceId() {
		return this.sourceId;
	}

}
