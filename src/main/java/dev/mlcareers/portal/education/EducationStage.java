package dev.mlcareers.portal.education;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A stage of the education timeline, with its duration in years. */
@Entity
@Immutable
class EducationStage {

	@Id
	private Integer id;

	private String sourceId;

	private int position;

	private String name;

	private int minYears;

	private int maxYears;

	private String text;

	protected EducationStage() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public int getMinYears() {
		return this.minYears;
	}

	public int getMaxYears() {
		return this.maxYears;
	}

	public String getText() {
		return this.text;
	}

}
