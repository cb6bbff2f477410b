package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** One weekday in the life of a role at one experience level. */
@Entity
@Immutable
class WeekEntry {

	@Id
	private Integer id;

	private String roleSlug;

	private String sourceId;

	private String levelId;

	private int weekday;

	private String theme;

	private String text;

	protected WeekEntry() {
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

	public int getWeekday() {
		return this.weekday;
	}

	public String getTheme() {
		return this.theme;
	}

	public String getText() {
		return this.text;
	}

}
