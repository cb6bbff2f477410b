package dev.mlcareers.portal.education;

import dev.mlcareers.portal.shared.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** An examination common on a country's path. */
@Entity
@Immutable
class Exam {

	@Id
	private Integer id;

	private String sourceId;

	private Region region;

	private int position;

	private String name;

	private boolean optional;

	private String note;

	protected Exam() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public Region getRegion() {
		return this.region;
	}

	public int getPosition() {
		return this.position;
	}

	public String getName() {
		return this.name;
	}

	public boolean isOptional() {
		return this.optional;
	}

	public String getNote() {
		return this.note;
	}

}
