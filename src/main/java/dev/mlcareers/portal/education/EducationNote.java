package dev.mlcareers.portal.education;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A short piece of guidance on education or credentials. */
@Entity
@Immutable
class EducationNote {

	@Id
	private Integer id;

	private String sourceId;

	private EducationTopic topic;

	private int position;

	private String text;

	protected EducationNote() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public EducationTopic getTopic() {
		return this.topic;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

}
