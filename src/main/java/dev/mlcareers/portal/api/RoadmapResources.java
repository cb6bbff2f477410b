package dev.mlcareers.portal.api;

import java.util.List;

import dev.mlcareers.portal.api.Sourcing.Fact;
import dev.mlcareers.portal.roadmap.NamedLink;
import dev.mlcareers.portal.roadmap.RoadmapView;
import dev.mlcareers.portal.roadmap.StepView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The roadmap resource: its steps and what each draws on. A visitor's progress is private
 * and not part of it.
 */
final class RoadmapResources {

	private RoadmapResources() {
	}

	static Roadmap roadmap(RoadmapView roadmap) {
		return new Roadmap(roadmap.slug(), roadmap.title(), roadmap.summary(),
				roadmap.steps().stream().map(RoadmapResources::step).toList());
	}

	private static Step step(StepView step) {
		return new Step(step.number(), step.title(), step.summary(), step.why(), Sourcing.ids(step.sources()),
				step.origins()
					.stream()
					.map((origin) -> new StepOrigin(origin.source().id(), origin.number(), origin.title()))
					.toList(),
				Sourcing.facts(step.outcomes()), references(step.skills()), references(step.certifications()),
				references(step.roles()));
	}

	private static List<Reference> references(List<NamedLink> links) {
		return links.stream()
			.map((link) -> new Reference(link.slug(), link.name(), link.editorial() ? null : link.source().id(),
					link.editorial()))
			.toList();
	}

	@Schema(description = "A roadmap: its steps in order, each merging the steps the documents give.")
	record Roadmap(String slug, String title, String summary, List<Step> steps) {

	}

	record Step(@Schema(example = "1") int number, String title, String summary,
			@Schema(description = "Why the step matters, in the portal's words") String why,
			@Schema(description = "Ids of the documents whose steps it merges") List<String> sources,
			@Schema(description = "The documents' own steps that this step merges") List<StepOrigin> origins,
			@Schema(description = "What a learner can do after the step") List<Fact> outcomes,
			@Schema(description = "Skills and tools the step teaches") List<Reference> skills,
			List<Reference> certifications,
			@Schema(description = "Roles the step prepares for") List<Reference> roles) {

	}

	@Schema(description = "A step as one document numbers and names it.")
	record StepOrigin(String source, @Schema(description = "The step's number in that document") int number,
			String title) {

	}

	@Schema(description = "A skill, certification or role a step links to, with where the link comes from.")
	record Reference(String slug, String name, @Schema(
			description = "Id of the document whose own step makes this link; null where the link is the portal's suggestion",
			example = "magazine-article", nullable = true) String sourceId,
			@Schema(description = "True where the link is the portal's own suggestion, not a document's") boolean editorial) {

	}

}
