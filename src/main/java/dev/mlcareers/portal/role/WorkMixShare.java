package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** The share of a role's work that one sub-role takes. */
@Entity
@Immutable
class WorkMixShare {

	@Id
	private Integer id;

	private String roleSlug;

	private String sourceId;

	private int position;

	private String subRole;

	private String text;

	private int sharePercent;

	protected WorkMixShare() {
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

	public int getPosition() {
		return this.position;
	}

	public String getSubRole() {
		return this.subRole;
	}

	public String getText() {
		return this.text;
	}

	public int getSharePercent() {
		return this.sharePercent;
	}

}
