package dev.mlcareers.portal.salary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** Something a document says pay depends on. */
@Entity
@Immutable
class SalaryFactor {

	@Id
	private Integer id;

	private String sourceId;

	private int position;

	private String factor;

	private String detail;

	protected SalaryFactor() {
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

	public String getFactor() {
		return this.factor;
	}

	public String getDetail() {
		return this.detail;
	}

}
