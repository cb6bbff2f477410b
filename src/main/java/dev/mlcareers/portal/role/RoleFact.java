package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A statement about a role, as one document gives it (written in our words). */
@Entity
@Immutable
class RoleFact {

	@Id
	private Integer id;

	private String roleSlug;

	private String sourceId;

	private RoleFactKind kind;

	private int position;

	private String text;

	protected RoleFact() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getRoleSlug() {
		return this.roleSlug;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public RoleFactKind getKind() {
		return this.kind;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

}
