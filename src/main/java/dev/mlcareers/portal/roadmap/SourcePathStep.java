package dev.mlcareers.portal.roadmap;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A step of one document's own step list. */
@Entity
@Immutable
class SourcePathStep {

	@Id
	private Integer id;

	private String sourceId;

	private int number;

	private String title;

	private String text;

	protected SourcePathStep() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getText() {
		return this.text;
	}

}
