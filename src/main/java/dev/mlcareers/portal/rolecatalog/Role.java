package dev.mlcareers.portal.rolecatalog;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.Immutable;

/** A role on the machine-learning career ladder. */
@Entity
@Immutable
class Role {

	@Id
	private String slug;

	private String title;

	private Track track;

	private int ladderRank;

	private boolean flagship;

	private int position;

	private String summary;

	/** The documents that name this role, each with the name it uses. */
	@ElementCollection
	@CollectionTable(name = "role_source", joinColumns = @JoinColumn(name = "role_slug"))
	private List<RoleName> names;

	protected Role() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public Track getTrack() {
		return this.track;
	}

	public int getLadderRank() {
		return this.ladderRank;
	}

	public boolean isFlagship() {
		return this.flagship;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<RoleName> getNames() {
		return this.names;
	}

}
