package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A responsibility of a role, general or at one experience level. */
@Entity
@Immutable
class Responsibility {

	@Id
	private Integer id;

	private String roleSlug;

	private String sourceId;

	private String levelId;

	private int position;

	private String title;

	private String text;

	protected Responsibility() {
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

	public String getLevelId() {
		return this.levelId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public String getText() {
		return this.text;
	}

}
