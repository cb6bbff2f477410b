package dev.mlcareers.portal.salary;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.Region;

/**
 * The valid values of the comparison's parameters: every role (and which of them have pay
 * figures), the regions and the experience stages the documents give pay figures for, and
 * every basis.
 */
public record ComparisonChoices(List<RoleRef> roles, Set<String> rolesWithPay, List<Region> regions,
		List<Stage> levels) {

	public ComparisonChoices {
		roles = List.copyOf(roles);
		rolesWithPay = Set.copyOf(rolesWithPay);
		regions = List.copyOf(regions);
		levels = List.copyOf(levels);
	}

	/** The roles the documents give pay figures for, in the site's order. */
	public List<RoleRef> withPay() {
		return this.roles.stream().filter((role) -> this.rolesWithPay.contains(role.slug())).toList();
	}

	/** The other roles. */
	public List<RoleRef> withoutPay() {
		return this.roles.stream().filter((role) -> !this.rolesWithPay.contains(role.slug())).toList();
	}

	public List<Choice> roleChoices() {
		return this.roles.stream().map((role) -> Choice.named(role.slug(), role.title())).toList();
	}

	public List<Choice> regionChoices() {
		return this.regions.stream().map((region) -> Choice.keyed(region.code(), "region." + region.code())).toList();
	}

	public List<Choice> basisChoices() {
		return Arrays.stream(Basis.values())
			.map((basis) -> Choice.keyed(basis.code(), "basis." + basis.code()))
			.toList();
	}

	public List<Choice> levelChoices() {
		return this.levels.stream().map((stage) -> Choice.keyed(stage.code(), "stage." + stage.code())).toList();
	}

	public RoleRef role(String slug) {
		return this.roles.stream()
			.filter((role) -> role.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No role " + slug));
	}

}
