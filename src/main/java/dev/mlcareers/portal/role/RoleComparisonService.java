package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.salary.RateView;
import dev.mlcareers.portal.salary.SalaryComparison;
import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import dev.mlcareers.portal.skill.RoleSkillView;
import dev.mlcareers.portal.skill.SkillLink;
import dev.mlcareers.portal.system.PageAddress;

import org.springframework.stereotype.Service;

/**
 * Roles side by side: which roles a comparison names ({@link #parse}), and each one's
 * page facts and pay, with the skills the documents tie to them split into shared and
 * their own.
 */
@Service
public class RoleComparisonService {

	/** Where the comparison is. */
	public static final String PATH = "/roles/compare";

	/** The parameter that names a role, once per role. */
	public static final String PARAMETER = "roles";

	/** The most roles compared at once. */
	public static final int MAXIMUM = 3;

	private final RoleService roles;

	private final RoleDirectory directory;

	private final SalaryService salaries;

	RoleComparisonService(RoleService roles, RoleDirectory directory, SalaryService salaries) {
		this.roles = roles;
		this.directory = directory;
		this.salaries = salaries;
	}

	/**
	 * What a comparison asks for: its roles and its basis, each checked; empty values are
	 * ignored, and a basis given twice counts once.
	 * @throws InvalidChoiceException for an unknown role, a role named twice, more than
	 * {@value #MAXIMUM} roles, or a basis the salary comparison does not take
	 */
	public Asked parse(List<String> roles, List<String> basis) {
		List<RoleRef> chosen = roles(roles);
		List<String> given = (basis == null) ? List.of()
				: basis.stream().filter((value) -> value != null && !value.isEmpty()).distinct().toList();
		return new Asked(chosen, basis(given));
	}

	/** The roles a comparison names, in the catalogue's order. */
	private List<RoleRef> roles(List<String> values) {
		List<String> given = (values == null) ? List.of()
				: values.stream().filter((value) -> value != null && !value.isEmpty()).toList();
		Map<String, RoleRef> known = this.directory.bySlug();
		if (!known.keySet().containsAll(given)) {
			throw refused(InvalidChoiceException.Problem.UNKNOWN);
		}
		if (new LinkedHashSet<>(given).size() < given.size()) {
			throw refused(InvalidChoiceException.Problem.REPEATED);
		}
		if (given.size() > MAXIMUM) {
			throw refused(InvalidChoiceException.Problem.TOO_MANY);
		}
		return this.directory.all().stream().filter((role) -> given.contains(role.slug())).toList();
	}

	/** The roles side by side, pay on the basis asked for. */
	public RoleComparison compare(Asked asked) {
		List<ComparedRole> compared = new ArrayList<>();
		for (RoleRef role : asked.roles()) {
			RolePage page = this.roles.page(role.slug()).orElseThrow();
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			parameters.put("role", List.of(role.slug()));
			parameters.put("basis", List.of(asked.basis()));
			SalaryComparison pay = this.salaries.compare(this.salaries.parse(parameters));
			compared.add(new ComparedRole(role, page, pay));
		}
		return new RoleComparison(compared, skills(compared));
	}

	/**
	 * The code of the basis these values ask for ({@code local} for none), as the salary
	 * comparison reads them; refused as it refuses them, with the way back to this form.
	 */
	private String basis(List<String> basis) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!basis.isEmpty()) {
			parameters.put("basis", basis);
		}
		try {
			return this.salaries.parse(parameters).basis().code();
		}
		catch (InvalidChoiceException refused) {
			// Refused as the salary comparison refuses it, with the way back to this
			// form.
			throw new InvalidChoiceException(refused.getParameter(), refused.getProblem(), refused.getChoices(), PATH,
					refused.getMaximum());
		}
	}

	/**
	 * The codes of the bases pay can be shown on, as the salary comparison takes them.
	 */
	public List<String> bases() {
		return this.salaries.acceptedValues().get("basis");
	}

	/** Every role, as the comparison's form offers them. */
	public List<RoleRef> choices() {
		return this.directory.all();
	}

	private static SkillOverlap skills(List<ComparedRole> compared) {
		Map<RoleRef, List<RoleSkillView>> byRole = new LinkedHashMap<>();
		List<RoleRef> without = new ArrayList<>();
		for (ComparedRole role : compared) {
			List<RoleSkillView> skills = new ArrayList<>();
			role.page().qualifications().skills().forEach((group) -> skills.addAll(group.skills()));
			if (skills.isEmpty()) {
				without.add(role.role());
			}
			else {
				byRole.put(role.role(), skills);
			}
		}
		List<SkillLink> shared = new ArrayList<>();
		if (byRole.size() > 1) {
			Set<String> all = new LinkedHashSet<>();
			byRole.values().forEach((skills) -> skills.forEach((skill) -> all.add(skill.slug())));
			for (String slug : all) {
				List<RoleSkillView> holding = byRole.values()
					.stream()
					.flatMap((skills) -> skills.stream().filter((skill) -> skill.slug().equals(slug)))
					.toList();
				if (holding.size() == byRole.size()) {
					shared.add(new SkillLink(slug, holding.get(0).name()));
				}
			}
		}
		return new SkillOverlap(shared, byRole, without);
	}

	private InvalidChoiceException refused(InvalidChoiceException.Problem problem) {
		List<Choice> choices = this.directory.all()
			.stream()
			.map((role) -> Choice.named(role.slug(), role.title()))
			.toList();
		return new InvalidChoiceException(PARAMETER, problem, choices, PATH, MAXIMUM);
	}

	/**
	 * What a comparison asks for: its roles, each once in the catalogue's order, and the
	 * code of the basis its pay is shown on.
	 */
	public record Asked(List<RoleRef> roles, String basis) {

		public Asked {
			roles = List.copyOf(roles);
		}

		/**
		 * The query of the comparison's one address: its roles, then its basis unless
		 * local.
		 */
		public String canonicalQuery() {
			PageAddress.Query query = PageAddress.query();
			this.roles.forEach((role) -> query.add(PARAMETER, role.slug()));
			if (!this.basis.equals("local")) {
				query.add("basis", this.basis);
			}
			return query.toString();
		}

	}

	/** Roles side by side, in the catalogue's order, and how their skills overlap. */
	public record RoleComparison(List<ComparedRole> roles, SkillOverlap skills) {

		public RoleComparison {
			roles = List.copyOf(roles);
		}

		/**
		 * The rates the figures are converted at, each with its publisher: none when they
		 * are shown in the documents' own currencies.
		 */
		public List<RateView> rates() {
			if (this.roles.isEmpty() || !this.roles.get(0).pay().converting()) {
				return List.of();
			}
			SalaryComparison pay = this.roles.get(0).pay();
			return pay.rates().stream().filter((rate) -> rate.kind() == pay.comparison().basis()).toList();
		}

	}

	/** One role of a comparison: its page's facts and its pay on the basis asked for. */
	public record ComparedRole(RoleRef role, RolePage page, SalaryComparison pay) {

	}

	/**
	 * The skills the documents tie to the compared roles: each role's, with the documents
	 * that name each; those every role with skills shares (when more than one has any);
	 * and the roles the documents tie no skill to.
	 */
	public record SkillOverlap(List<SkillLink> shared, Map<RoleRef, List<RoleSkillView>> byRole,
			List<RoleRef> without) {

		public SkillOverlap {
			shared = List.copyOf(shared);
			byRole = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRole));
			without = List.copyOf(without);
		}

		/**
		 * Whether skills can be compared: more than one of the roles has any. Otherwise a
		 * role's skills are only the documents' list for it, not skills the others lack.
		 */
		public boolean compared() {
			return this.byRole.size() > 1;
		}

		/** The role's skills that not every compared role with skills has. */
		public List<RoleSkillView> only(RoleRef role) {
			List<String> sharedSlugs = this.shared.stream().map(SkillLink::slug).toList();
			return this.byRole.getOrDefault(role, List.of())
				.stream()
				.filter((skill) -> !sharedSlugs.contains(skill.slug()))
				.toList();
		}

	}

}
