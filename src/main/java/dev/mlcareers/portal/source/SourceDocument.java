package dev.mlcareers.portal.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A source document as /sources presents it: who wrote it, what it contributed, what was
 * left out.
 */
public record SourceDocument(String id, int number, String label, String headline, PublicationKind kind,
		String publisher, String author, LocalDate updatedOn, String fileName, String summary, String leftOut,
		List<Contribution> contributions) {

	/**
	 * What the document is called: its own headline, or where it has none, the label the
	 * sources page gives it.
	 */
	public String title() {
		return (this.headline != null) ? this.headline : this.label;
	}

	/** How many facts of one kind the document contributed. */
	public record Contribution(ContributionKind kind, int count, String path) {
	}

}
