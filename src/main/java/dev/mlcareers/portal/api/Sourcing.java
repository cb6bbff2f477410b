package dev.mlcareers.portal.api;

import java.util.List;

import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The small shapes every resource shares: a sourced statement and an experience level.
 */
final class Sourcing {

	private Sourcing() {
	}

	static String id(SourceRef source) {
		return source.id();
	}

	static List<String> ids(List<SourceRef> sources) {
		return sources.stream().map(SourceRef::id).toList();
	}

	/** The level, or {@code null} for a figure the document does not split by level. */
	static Level level(LevelView level) {
		return (level != null) ? Level.of(level) : null;
	}

	static List<Fact> facts(List<SourcedText> statements) {
		return statements.stream().map(Fact::of).toList();
	}

	@Schema(description = "A statement in the portal's words and the document it comes from.")
	record Fact(String text,
			@Schema(description = "Id of the source document", example = "career-guide") String source) {

		static Fact of(SourcedText statement) {
			return new Fact(statement.text(), statement.source().id());
		}

	}

	@Schema(description = "An experience level as one document defines it. Years are inclusive; "
			+ "a minimum without a maximum is open-ended; neither means the document gives no years.")
	record Level(@Schema(example = "career-guide-entry") String id,
			@Schema(description = "Which of the document's level lists this level belongs to", allowableValues = {
					"salary-bands", "responsibilities", "week-in-the-life", "career-stages" },
					example = "salary-bands") String scheme,
			@Schema(description = "Career stage, comparable across documents",
					allowableValues = { "entry", "early", "mid", "senior", "peak" }, example = "entry") String stage,
			@Schema(example = "Entry level") String label, @Schema(example = "0", nullable = true) Integer minYears,
			@Schema(example = "4", nullable = true) Integer maxYears, @Schema(nullable = true) String summary,
			@Schema(description = "Id of the source document", example = "career-guide") String source){

		static Level of(LevelView level) {
			return new Level(level.id(), level.scheme().code(), level.stage().code(), level.label(), level.minYears(),
					level.maxYears(), level.summary(), level.source().id());
		}

	}

}
