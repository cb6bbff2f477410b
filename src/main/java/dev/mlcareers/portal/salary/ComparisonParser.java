package dev.mlcareers.portal.salary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import dev.mlcareers.portal.shared.InvalidChoiceException.Problem;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.system.PageAddress;

/**
 * Reads a comparison from query parameters. The rules, so that every address has one
 * meaning:
 * <ul>
 * <li>{@code role}, {@code basis} and {@code level} take one value. An empty value, or
 * none, means the default (the flagship role, {@code local}, all levels); the same value
 * twice counts once; two different values are a conflict.</li>
 * <li>{@code regions} repeats. Each value must be a region with pay figures; the same
 * region twice counts once; the order given does not matter; no value (or only empty
 * ones) means every region.</li>
 * <li>Any value that is not one of the parameter's choices is refused, naming the
 * choices; other parameters are ignored.</li>
 * </ul>
 */
public final class ComparisonParser {

	static final String ROLE = "role";

	static final String REGIONS = "regions";

	static final String BASIS = "basis";

	static final String LEVEL = "level";

	private final ComparisonChoices choices;

	private final String defaultRole;

	public ComparisonParser(ComparisonChoices choices, String defaultRole) {
		this.choices = choices;
		this.defaultRole = defaultRole;
	}

	public Comparison parse(Map<String, List<String>> parameters) {
		String role = single(parameters, ROLE, this.choices.roleChoices(), (slug) -> slug, this.defaultRole);
		Basis basis = single(parameters, BASIS, this.choices.basisChoices(),
				(code) -> Coded.fromCode(Basis.class, code), Basis.LOCAL);
		Stage level = single(parameters, LEVEL, this.choices.levelChoices(),
				(code) -> Coded.fromCode(Stage.class, code), null);
		return new Comparison(role, regions(parameters), basis, level);
	}

	/**
	 * Each parameter and the values it accepts, in the order they are offered: what a
	 * description of the parameters advertises.
	 */
	public Map<String, List<String>> acceptedValues() {
		Map<String, List<String>> accepted = new LinkedHashMap<>();
		accepted.put(ROLE, values(this.choices.roleChoices()));
		accepted.put(REGIONS, values(this.choices.regionChoices()));
		accepted.put(BASIS, values(this.choices.basisChoices()));
		accepted.put(LEVEL, values(this.choices.levelChoices()));
		return accepted;
	}

	private static List<String> values(List<Choice> choices) {
		return choices.stream().map(Choice::value).toList();
	}

	/**
	 * The one query string that asks for this comparison: each choice that is not its
	 * default, in the order role, regions (in display order), basis, level. Every
	 * spelling of the same comparison has this one canonical form.
	 */
	public String canonicalQuery(Comparison comparison) {
		PageAddress.Query query = PageAddress.query()
			.add(ROLE, comparison.role().equals(this.defaultRole) ? null : comparison.role());
		if (!comparison.regions().equals(this.choices.regions())) {
			comparison.regions().forEach((region) -> query.add(REGIONS, region.code()));
		}
		return query.add(BASIS, (comparison.basis() != Basis.LOCAL) ? comparison.basis().code() : null)
			.add(LEVEL, (comparison.level() != null) ? comparison.level().code() : null)
			.toString();
	}

	private List<Region> regions(Map<String, List<String>> parameters) {
		Set<String> given = given(parameters, REGIONS);
		List<Region> regions = new ArrayList<>();
		for (String value : given) {
			if (this.choices.regions().stream().noneMatch((region) -> region.code().equals(value))) {
				throw new InvalidChoiceException(REGIONS, Problem.UNKNOWN, this.choices.regionChoices());
			}
		}
		for (Region region : this.choices.regions()) {
			if (given.isEmpty() || given.contains(region.code())) {
				regions.add(region);
			}
		}
		return regions;
	}

	private static <T> T single(Map<String, List<String>> parameters, String name, List<Choice> choices,
			Function<String, T> resolve, T fallback) {
		Set<String> given = given(parameters, name);
		if (given.size() > 1) {
			throw new InvalidChoiceException(name, Problem.CONFLICTING, choices);
		}
		if (given.isEmpty()) {
			return fallback;
		}
		String value = given.iterator().next();
		if (choices.stream().noneMatch((choice) -> choice.value().equals(value))) {
			throw new InvalidChoiceException(name, Problem.UNKNOWN, choices);
		}
		return resolve.apply(value);
	}

	/** The distinct non-empty values of a parameter, in the order given. */
	private static Set<String> given(Map<String, List<String>> parameters, String name) {
		Set<String> values = new LinkedHashSet<>();
		for (String value : parameters.getOrDefault(name, List.of())) {
			if (value != null && !value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}

}
