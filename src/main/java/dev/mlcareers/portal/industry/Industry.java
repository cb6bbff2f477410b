package dev.mlcareers.portal.industry;

import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Immutable;

/** An industry that employs ML engineers or uses machine learning in the documents. */
@Entity
@Immutable
class Industry {

	@Id
	private String slug;

	private String name;

	private int position;

	/** The documents that list this industry as one hiring ML engineers. */
	@ElementCollection
	@CollectionTable(name = "industry_mention", joinColumns = @JoinColumn(name = "industry_slug"))
	@Column(name = "source_id")
	private Set<String> hiringSourceIds;

	protected Industry() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

	public Set<String> getHiringSourceIds() {
		return this.hiringSourceIds;
	}

}
