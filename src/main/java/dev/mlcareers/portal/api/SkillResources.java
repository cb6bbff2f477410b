package dev.mlcareers.portal.api;

import java.util.List;

import dev.mlcareers.portal.api.RoleResources.StepReference;
import dev.mlcareers.portal.api.Sourcing.Fact;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.skill.SkillGroup;
import dev.mlcareers.portal.skill.SkillPage;
import dev.mlcareers.portal.skill.SkillSummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** The skill resources: every skill and tool by category, and one skill in full. */
final class SkillResources {

	private SkillResources() {
	}

	static SkillList list(List<SkillGroup<SkillSummary>> groups) {
		return new SkillList(groups.stream()
			.map((group) -> new SkillCategoryList(group.category().code(), group.skills()
				.stream()
				.map((skill) -> new SkillItem(skill.slug(), skill.name(), skill.description(), skill.documentCount()))
				.toList()))
			.toList());
	}

	static SkillDetail detail(SkillPage page) {
		return new SkillDetail(page.slug(), page.name(), page.category().code(), page.description(),
				Sourcing.ids(page.namedBy()), Sourcing.facts(page.examples()),
				page.roles()
					.stream()
					.map((need) -> new SkillRole(need.role().slug(), need.role().title(), Sourcing.ids(need.namedBy())))
					.toList(),
				steps(page.steps()),
				page.sameCategory().stream().map((other) -> new SkillReference(other.slug(), other.name())).toList());
	}

	static List<StepReference> steps(List<StepLink> steps) {
		return steps.stream()
			.map((step) -> new StepReference(step.roadmapSlug(), step.number(), step.title(),
					step.editorial() ? null : step.source().id(), step.editorial()))
			.toList();
	}

	@Schema(description = "Every skill and tool the documents name, grouped by category, alphabetical within one.")
	record SkillList(List<SkillCategoryList> categories) {

	}

	record SkillCategoryList(@Schema(allowableValues = {
			"language", "mathematics", "ml-concept", "deep-learning", "framework", "data", "cloud", "mlops",
			"software-engineering", "soft-skill" }, example = "language") String category, List<SkillItem> skills){

	}

	record SkillItem(@Schema(example = "python") String slug, @Schema(example = "Python") String name,
			@Schema(description = "The portal's own description") String description,
			@Schema(description = "How many of the documents name it") int documentCount) {

	}

	@Schema(description = "One skill or tool in full: who names it, what for, which roles need it and where the "
			+ "roadmap teaches it.")
	record SkillDetail(@Schema(example = "python") String slug, @Schema(example = "Python") String name,
			String category, String description,
			@Schema(description = "Ids of the documents that name it") List<String> sources,
			@Schema(description = "What the documents say it is used for") List<Fact> examples, List<SkillRole> roles,
			List<StepReference> roadmapSteps,
			@Schema(description = "Other skills in the same category") List<SkillReference> related) {

	}

	record SkillRole(String slug, String title,
			@Schema(description = "Ids of the documents that name the skill " + "for this role") List<String> sources) {

	}

	record SkillReference(String slug, String name) {

	}

}
