package dev.mlcareers.portal.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * A named certification and its issuer ({@code null} where the document does not name
 * one).
 */
@Entity
@Immutable
class Certification {

	@Id
	private String slug;

	private String name;

	private String issuer;

	private String sourceId;

	private int position;

	private String description;

	protected Certification() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getDescription() {
		return this.description;
	}

}
