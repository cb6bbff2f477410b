package dev.mlcareers.portal.education;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * A degree subject at the level one document expects; a {@code null} field means any
 * subject.
 */
@Entity
@Immutable
class Degree {

	@Id
	private Integer id;

	private String sourceId;

	private DegreeLevel level;

	private String field;

	private int position;

	private String note;

	protected Degree() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public DegreeLevel getLevel() {
		return this.level;
	}

	public String getField() {
		return this.field;
	}

	public int getPosition() {
		return this.position;
	}

	public String getNote() {
		return this.note;
	}

}
