package dev.mlcareers.portal.api;

import java.util.List;
import java.util.Set;

import dev.mlcareers.portal.api.RoleResources.StepReference;
import dev.mlcareers.portal.api.SkillResources.SkillReference;
import dev.mlcareers.portal.skill.SkillCheck;
import dev.mlcareers.portal.skill.SkillCheckService.SkillCheckResult;
import dev.mlcareers.portal.source.SourceRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The skills check as open data: for the skills named in the address, and nothing of any
 * visitor's, how many of each document's skills for a role they are, and what is missing.
 */
final class SkillCheckResources {

	private SkillCheckResources() {
	}

	static SkillCheckResource check(Set<String> have, SkillCheckResult result) {
		return new SkillCheckResource(List.copyOf(have),
				result.checks().stream().map(SkillCheckResources::role).toList(),
				result.rolesWithoutSkills()
					.stream()
					.map((role) -> new RoleReference(role.slug(), role.title()))
					.toList());
	}

	private static RoleCheck role(SkillCheck check) {
		return new RoleCheck(check.role().slug(), check.role().title(), count(check.overall()),
				check.documents()
					.stream()
					.map((document) -> new DocumentCount(document.source().id(), document.tally().have(),
							document.tally().asked()))
					.toList(),
				check.missing()
					.stream()
					.map((missing) -> new MissingSkill(missing.skill().slug(), missing.skill().name(),
							missing.askedBy().stream().map(SourceRef::id).toList(),
							SkillResources.steps(missing.taughtBy())))
					.toList(),
				check.held()
					.stream()
					.map((held) -> new SkillReference(held.skill().slug(), held.skill().name()))
					.toList());
	}

	private static Count count(SkillCheck.Tally tally) {
		return new Count(tally.have(), tally.asked());
	}

	@Schema(description = "Where someone with the skills named in the address stands against each role the documents "
			+ "tie skills to: counts of documented skills, per document and over all of them, never a score. "
			+ "Nothing of any visitor's saved skills is ever included.")
	record SkillCheckResource(@Schema(
			description = "The skills asked about, as slugs, in the check form's order, each once") List<String> have,
			@Schema(description = "One check per role the documents tie skills to, in ladder order") List<RoleCheck> roles,
			@Schema(description = "Roles the documents tie no skill to: nothing to count for them") List<RoleReference> rolesWithoutSkills) {

	}

	record RoleCheck(@Schema(example = "machine-learning-engineer") String role, String title,
			@Schema(description = "Over every skill any document lists for the role, each counted once") Count overall,
			@Schema(description = "Each document's own list for the role, in citation order") List<DocumentCount> documents,
			@Schema(description = "The role's skills not asked about, named by the most documents first, then by name") List<MissingSkill> missing,
			@Schema(description = "The role's skills asked about, by name") List<SkillReference> held) {

	}

	record Count(@Schema(description = "How many of the listed skills were asked about") int have,
			@Schema(description = "How many skills are listed") int asked) {

	}

	record DocumentCount(
			@Schema(description = "Id of the document whose list this is", example = "career-guide") String sourceId,
			int have, int asked) {

	}

	record MissingSkill(String slug, String name,
			@Schema(description = "Ids of the documents that list it for the role") List<String> askedBy,
			@Schema(description = "Roadmap steps that teach it") List<StepReference> taughtBy) {

	}

	record RoleReference(String slug, String title) {

	}

}
