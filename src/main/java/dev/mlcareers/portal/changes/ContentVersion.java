package dev.mlcareers.portal.changes;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.Immutable;

/**
 * A content version: what a content migration changed, when it was published, and the
 * pages it changed. Written only by migrations ({@code V20} and every content migration
 * after it).
 */
@Entity
@Immutable
class ContentVersion {

	@Id
	private int version;

	private LocalDate releasedOn;

	private String summary;

	@ElementCollection
	@CollectionTable(name = "content_version_page", joinColumns = @JoinColumn(name = "version"))
	@OrderBy("position, label")
	private List<Page> pages;

	protected ContentVersion() {
	}

	int getVersion() {
		return this.version;
	}

	LocalDate getReleasedOn() {
		return this.releasedOn;
	}

	String getSummary() {
		return this.summary;
	}

	List<Page> getPages() {
		return this.pages;
	}

	/** A page, or every page under a path, that the version changed. */
	@Embeddable
	static class Page {

		private String page;

		private String label;

		private int position;

		protected Page() {
		}

		String getPage() {
			return this.page;
		}

		String getLabel() {
			return this.label;
		}

		int getPosition() {
			return this.position;
		}

	}

}
