package dev.mlcareers.portal.industry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A use of machine learning in an industry, as one document gives it. */
@Entity
@Immutable
class IndustryUseCase {

	@Id
	private Integer id;

	private String industrySlug;

	private String sourceId;

	private int position;

	private String useCase;

	protected IndustryUseCase() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getIndustrySlug() {
		return this.industrySlug;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getUseCase() {
		return this.useCase;
	}

}
