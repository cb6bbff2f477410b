package dev.mlcareers.portal.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** One of the five documents the portal's content comes from. */
@Entity
@Immutable
class Source {

	@Id
	private String id;

	private int citationNumber;

	private String fileName;

	private String label;

	private String headline;

	private PublicationKind publicationKind;

	private String publisher;

	private String author;

	private LocalDate updatedOn;

	private String summary;

	private String leftOut;

	protected Source() {
	}

	public String getId() {
		return this.id;
	}

	public int getCitationNumber() {
		return this.citationNumber;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getLabel() {
		return this.label;
	}

	public String getHeadline() {
		return this.headline;
	}

	public PublicationKind getPublicationKind() {
		return this.publicationKind;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getAuthor() {
		return this.author;
	}

	public LocalDate getUpdatedOn() {
		return this.updatedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getLeftOut() {
		return this.leftOut;
	}

}
