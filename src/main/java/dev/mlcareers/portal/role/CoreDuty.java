package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A core duty of a role, with an industry example where the document gives one. */
@Entity
@Immutable
class CoreDuty {

	@Id
	private Integer id;

	private String roleSlug;

	private String sourceId;

	private int position;

	private String title;

	private String text;

	private String industrySlug;

	private String example;

	protected CoreDuty() {
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

	public String getTitle() {
		return this.title;
	}

	public String getText() {
		return this.text;
	}

	public String getIndustrySlug() {
		return this.industrySlug;
	}

	public String getExample() {
		return this.example;
	}

}
