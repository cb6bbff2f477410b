package dev.mlcareers.portal.api;

import java.time.LocalDate;
import java.util.List;

import dev.mlcareers.portal.source.SourceDocument;
import io.swagger.v3.oas.annotations.media.Schema;

/** The source documents every fact cites. */
final class SourceResources {

	private SourceResources() {
	}

	static SourceList list(List<SourceDocument> documents) {
		return new SourceList(documents.stream()
			.map((document) -> new Source(document.id(), document.number(), document.label(), document.headline(),
					document.kind().code(), document.publisher(), document.author(), document.updatedOn(),
					document.summary(), document.leftOut(),
					document.contributions()
						.stream()
						.map((contribution) -> new Contribution(contribution.kind().code(), contribution.count()))
						.toList()))
			.toList());
	}

	@Schema(description = "The five documents the content comes from, in citation order.")
	record SourceList(List<Source> sources) {

	}

	@Schema(description = "A source document: the id that facts cite, what it is and what the portal took from it.")
	record Source(@Schema(example = "career-guide") String id,
			@Schema(description = "The number the pages cite it by", example = "1") int number,
			@Schema(example = "Machine Learning Engineer career guide") String label,
			@Schema(description = "The document's own headline, where it has one", nullable = true) String headline,
			@Schema(allowableValues = {
					"career-guide", "job-description", "education-article", "magazine-article",
					"career-profile" }) String kind,
			@Schema(nullable = true) String publisher, @Schema(nullable = true) String author,
			@Schema(nullable = true) LocalDate updatedOn,
			@Schema(description = "What the document contributes, in the portal's words") String summary,
			@Schema(description = "What was left out of it and why") String leftOut,
			@Schema(description = "How many facts of each kind come from it") List<Contribution> contributions){

	}

	record Contribution(String kind, int count) {

	}

}
