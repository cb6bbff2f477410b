package dev.mlcareers.portal.education;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A route into the career other than a degree. */
@Entity
@Immutable
class AlternativePathway {

	@Id
	private Integer id;

	private String sourceId;

	private int position;

	private String name;

	private String text;

	protected AlternativePathway() {
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

	public String getText() {
		return this.text;
	}

}
