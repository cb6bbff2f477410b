package dev.mlcareers.portal.api;

import java.util.List;

import dev.mlcareers.portal.education.CountryPath;
import dev.mlcareers.portal.education.PathsPage;
import io.swagger.v3.oas.annotations.media.Schema;

/** The education paths resource: the same content as the /paths page. */
final class PathResources {

	private PathResources() {
	}

	static Paths paths(PathsPage page) {
		return new Paths(page.paths().stream().map(PathResources::country).toList(),
				page.timeline()
					.stream()
					.map((stage) -> new TimelineStage(stage.name(), stage.minYears(), stage.maxYears(), stage.text(),
							stage.source().id()))
					.toList(),
				page.alternatives()
					.stream()
					.map((pathway) -> new Alternative(pathway.name(), pathway.text(), pathway.source().id()))
					.toList());
	}

	private static CountryRoute country(CountryPath path) {
		return new CountryRoute(path.region().code(),
				path.stages()
					.stream()
					.map((stage) -> new RouteStage(stage.position(), stage.name(), stage.minYears(), stage.maxYears()))
					.toList(),
				path.employers(), path.caution(),
				path.exams()
					.stream()
					.map((exam) -> new Exam(exam.name(), exam.optional(), exam.note(), exam.source().id()))
					.toList(),
				path.source().id());
	}

	@Schema(description = "Routes into the career: by country, the general education timeline, and routes "
			+ "without a degree.")
	record Paths(List<CountryRoute> countries, List<TimelineStage> timeline, List<Alternative> alternatives) {

	}

	@Schema(description = "A country's route: its stages with their durations, where people start, a caution and "
			+ "the entrance exams.")
	record CountryRoute(@Schema(allowableValues = {
			"in", "us", "eu" }, example = "in") String region, List<RouteStage> stages,
			@Schema(description = "Where people typically start") List<String> employers,
			@Schema(nullable = true) String caution, List<Exam> exams, String source){

	}

	record RouteStage(int position, String name,
			@Schema(description = "Shortest duration in years; absent where the document gives none",
					nullable = true) Integer minYears,
			@Schema(nullable = true) Integer maxYears) {

	}

	record Exam(String name, boolean optional, @Schema(nullable = true) String note, String source) {

	}

	record TimelineStage(String name, int minYears, int maxYears, String text, String source) {

	}

	@Schema(description = "A route without a degree, such as a bootcamp or teaching oneself.")
	record Alternative(String name, String text, String source) {

	}

}
