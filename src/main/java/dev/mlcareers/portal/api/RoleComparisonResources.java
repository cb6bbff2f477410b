package dev.mlcareers.portal.api;

import java.util.List;

import dev.mlcareers.portal.api.RoleResources.RoleDetail;
import dev.mlcareers.portal.api.SalaryResources.SalaryComparisonResource;
import dev.mlcareers.portal.api.SkillResources.SkillReference;
import dev.mlcareers.portal.role.RoleComparisonService.RoleComparison;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Roles side by side as open data: each role as its own endpoint gives it, with its pay
 * on the basis asked for, and how the skills the documents tie to them overlap.
 */
final class RoleComparisonResources {

	private RoleComparisonResources() {
	}

	static RoleComparisonResource comparison(RoleComparison comparison, String basis) {
		List<RoleColumn> columns = comparison.roles()
			.stream()
			.map((role) -> new RoleColumn(RoleResources.detail(role.page()), SalaryResources.comparison(role.pay())))
			.toList();
		List<RoleSkills> byRole = comparison.skills()
			.byRole()
			.entrySet()
			.stream()
			.map((entry) -> new RoleSkills(entry.getKey().slug(),
					entry.getValue().stream().map((skill) -> new SkillReference(skill.slug(), skill.name())).toList()))
			.toList();
		return new RoleComparisonResource(comparison.roles().stream().map((role) -> role.role().slug()).toList(), basis,
				columns,
				comparison.skills()
					.shared()
					.stream()
					.map((skill) -> new SkillReference(skill.slug(), skill.name()))
					.toList(),
				byRole, comparison.skills().without().stream().map((role) -> role.slug()).toList());
	}

	@Schema(description = "Two or three roles side by side, as the /roles/compare page shows them: each role in "
			+ "full, its pay on the basis asked for, and the skills the documents tie to them, shared or not. "
			+ "Fewer than two roles asked for give as many columns.")
	record RoleComparisonResource(
			@Schema(description = "The roles compared, in the catalogue's order") List<String> roles,
			@Schema(description = "The basis the pay is shown on", allowableValues = {
					"local", "market", "ppp" }) String basis,
			@Schema(description = "One per role, in the same order") List<RoleColumn> columns,
			@Schema(description = "Skills every compared role with skills has, when more than one has any") List<SkillReference> sharedSkills,
			@Schema(description = "For each compared role the documents tie skills to, those skills; with only one "
					+ "such role, nothing is known of the others' skills") List<RoleSkills> roleSkills,
			@Schema(description = "Roles the documents tie no skill to") List<String> rolesWithoutSkills){

	}

	record RoleColumn(@Schema(description = "The role, as /api/v1/roles/{slug} gives it") RoleDetail role, @Schema(
			description = "Its pay, as /api/v1/salaries gives it for the role and basis") SalaryComparisonResource pay) {

	}

	record RoleSkills(String role, List<SkillReference> skills) {

	}

}
