package dev.mlcareers.portal.industry;

import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Immutable;

/** An employer a document names. */
@Entity
@Immutable
class Employer {

	@Id
	private String slug;

	private String name;

	private int position;

	@ElementCollection
	@CollectionTable(name = "employer_mention", joinColumns = @JoinColumn(name = "employer_slug"))
	private Set<EmployerMention> mentions;

	protected Employer() {
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

	public Set<EmployerMention> getMentions() {
		return this.mentions;
	}

}
