package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** Who the career suits, or does not. */
@Entity
@Immutable
class FitStatement {

	@Id
	private Integer id;

	private String sourceId;

	private boolean suits;

	private int position;

	private String text;

	protected FitStatement() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public boolean isSuits() {
		return this.suits;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

}
