package dev.mlcareers.portal.skill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.mlcareers.portal.roadmap.SkillHoldings;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleEntry;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.salary.PaySummary;
import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import dev.mlcareers.portal.system.PageAddress;

import org.springframework.stereotype.Service;

/**
 * The skills check: which skills a check names ({@link #parse}), and where a visitor with
 * those skills stands against each role the documents tie skills to.
 */
@Service
public class SkillCheckService {

	/** The parameter that names a skill the visitor has, once per skill. */
	public static final String PARAMETER = "have";

	/** Where the check's form is. */
	public static final String PATH = "/skills/check";

	private final SkillService skills;

	private final RoleDirectory roles;

	private final SalaryService salaries;

	SkillCheckService(SkillService skills, RoleDirectory roles, SalaryService salaries) {
		this.skills = skills;
		this.roles = roles;
		this.salaries = salaries;
	}

	/**
	 * The skills a check names, in the form's order (by category, then by name), each
	 * once; empty values are ignored.
	 * @throws InvalidChoiceException for a value that is no skill's slug, or more values
	 * than there are skills
	 */
	public Set<String> parse(List<String> values) {
		List<SkillGroup<SkillSummary>> index = this.skills.index();
		List<String> order = index.stream()
			.flatMap((group) -> group.skills().stream())
			.map(SkillSummary::slug)
			.toList();
		if (values == null) {
			return Set.of();
		}
		if (values.size() > order.size()) {
			throw refused(InvalidChoiceException.Problem.TOO_MANY, index);
		}
		Set<String> given = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null && !value.isEmpty()) {
				given.add(value);
			}
		}
		if (!order.containsAll(given)) {
			throw refused(InvalidChoiceException.Problem.UNKNOWN, index);
		}
		Set<String> ordered = new LinkedHashSet<>();
		order.stream().filter(given::contains).forEach(ordered::add);
		return ordered;
	}

	/** The query of a check's one address: its skills, in the form's order. */
	public String canonicalQuery(Set<String> skills) {
		PageAddress.Query query = PageAddress.query();
		skills.forEach((skill) -> query.add(PARAMETER, skill));
		return query.toString();
	}

	/** The skills of these slugs, in the order given (slugs {@link #parse} accepted). */
	public List<SkillSummary> named(Set<String> slugs) {
		Map<String, SkillSummary> bySlug = new HashMap<>();
		this.skills.index().forEach((group) -> group.skills().forEach((skill) -> bySlug.put(skill.slug(), skill)));
		return slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList();
	}

	/** Every skill, grouped as the form shows them. */
	public List<SkillGroup<SkillSummary>> form() {
		return this.skills.index();
	}

	/**
	 * Where a visitor with these skills stands: one check per role the documents tie
	 * skills to, in ladder order.
	 */
	public SkillCheckResult check(SkillHoldings holdings) {
		Map<String, SkillGap> gaps = this.skills.gaps();
		List<SkillCheck> checks = new ArrayList<>();
		List<RoleRef> without = new ArrayList<>();
		for (RoleRef role : this.roles.all()) {
			SkillGap gap = gaps.get(role.slug());
			if (gap != null) {
				checks.add(gap.check(role, holdings.said(), holdings.learned()));
			}
			else {
				without.add(role);
			}
		}
		return new SkillCheckResult(checks, without);
	}

	/**
	 * What the documents do give about roles they tie no skill to: each role's summary,
	 * its place on the ladder and its pay in brief, in the order given.
	 */
	public List<RoleOutline> outlines(List<RoleRef> roles) {
		Map<String, List<PayBand>> pay = this.salaries.byRole();
		return roles.stream()
			.flatMap((role) -> this.roles.find(role.slug()).stream())
			.map((entry) -> new RoleOutline(entry, PaySummary.of(pay.getOrDefault(entry.slug(), List.of()))))
			.toList();
	}

	/**
	 * Two roles as a comparison of them names them: in the catalogue's order, so that a
	 * link to it lands on its one address.
	 */
	public List<String> pair(RoleRef one, RoleRef other) {
		return this.roles.all()
			.stream()
			.filter((role) -> role.equals(one) || role.equals(other))
			.map(RoleRef::slug)
			.toList();
	}

	private static InvalidChoiceException refused(InvalidChoiceException.Problem problem,
			List<SkillGroup<SkillSummary>> index) {
		List<Choice> choices = index.stream()
			.flatMap((group) -> group.skills().stream())
			.map((skill) -> Choice.named(skill.slug(), skill.name()))
			.toList();
		return new InvalidChoiceException(PARAMETER, problem, choices, PATH);
	}

	/**
	 * A role the documents tie no skill to, as the check shows it.
	 *
	 * @param role the role: its summary and track
	 * @param pay its pay in brief, by region
	 */
	public record RoleOutline(RoleEntry role, List<PaySummary> pay) {

		public RoleOutline {
			pay = List.copyOf(pay);
		}

	}

	/**
	 * The checks against every role the documents tie skills to, and the roles they tie
	 * none to.
	 */
	public record SkillCheckResult(List<SkillCheck> checks, List<RoleRef> rolesWithoutSkills) {

		public SkillCheckResult {
			checks = List.copyOf(checks);
			rolesWithoutSkills = List.copyOf(rolesWithoutSkills);
		}

	}

}
