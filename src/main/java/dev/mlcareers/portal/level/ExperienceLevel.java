package dev.mlcareers.portal.level;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * An experience level exactly as one document defines it; a {@code null} bound is open or
 * not stated.
 */
@Entity
@Immutable
class ExperienceLevel {

	@Id
	private String id;

	private String sourceId;

	private LevelScheme scheme;

	private Stage stage;

	private String label;

	private Integer minYears;

	private Integer maxYears;

	private int position;

	private String summary;

	protected ExperienceLevel() {
	}

	public String getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public LevelScheme getScheme() {
		return this.scheme;
	}

	public Stage getStage() {
		return this.stage;
	}

	public String getLabel() {
		return this.label;
	}

	public Integer getMinYears() {
		return this.minYears;
	}

	public Integer getMaxYears() {
		return this.maxYears;
	}

	public int getPosition() {
		return this.position;
	}

	public String getSummary() {
		return this.summary;
	}

}
