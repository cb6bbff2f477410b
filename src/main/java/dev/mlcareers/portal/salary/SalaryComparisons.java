package dev.mlcareers.portal.salary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.level.LevelCatalog;
import dev.mlcareers.portal.level.LevelScheme;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/**
 * Composes the salary comparison: the bands asked for, converted, charted and sourced.
 * Inside the feature; {@link SalaryService} offers it to the others.
 */
@Service
class SalaryComparisons {

	/** Stages first in their order, figures not split by level last; then by region. */
	static final Comparator<PayBand> DISPLAY_ORDER = Comparator
		.comparing((PayBand band) -> (band.level() != null) ? band.level().stage().ordinal() : Integer.MAX_VALUE)
		.thenComparing(PayBand::region);

	private final PayBandCatalog salaries;

	private final LevelCatalog levels;

	private final RoleDirectory roles;

	SalaryComparisons(PayBandCatalog salaries, LevelCatalog levels, RoleDirectory roles) {
		this.salaries = salaries;
		this.levels = levels;
		this.roles = roles;
	}

	/**
	 * Reads a comparison from query parameters, refusing values that are not among the
	 * choices (see {@link ComparisonParser} for the rules).
	 */
	Comparison parse(Map<String, List<String>> parameters) {
		return parser().parse(parameters);
	}

	/**
	 * The canonical query string of a comparison (see
	 * {@link ComparisonParser#canonicalQuery}).
	 */
	String canonicalQuery(Comparison comparison) {
		return parser().canonicalQuery(comparison);
	}

	/**
	 * Each parameter of a comparison and the values it accepts (see
	 * {@link ComparisonParser#acceptedValues()}).
	 */
	Map<String, List<String>> acceptedValues() {
		return parser().acceptedValues();
	}

	private ComparisonParser parser() {
		return new ComparisonParser(this.salaries.figures().choices(), this.roles.flagship().slug());
	}

	@ReadModel("salary-comparison")
	SalaryComparison compare(Comparison comparison) {
		ComparisonChoices choices = this.salaries.figures().choices();
		Conversion conversion = this.salaries.conversion();
		Map<String, List<PayBand>> byRole = this.salaries.figures().byRole();
		List<PayBand> roleBands = byRole.getOrDefault(comparison.role(), List.of());

		List<PayBand> inRegions = roleBands.stream().filter((band) -> comparison.includes(band.region())).toList();
		List<Region> missing = comparison.regions()
			.stream()
			.filter((region) -> roleBands.stream().noneMatch((band) -> band.region() == region))
			.toList();
		List<PayBand> shown = inRegions.stream()
			.filter((band) -> comparison.level() == null
					|| (band.level() != null && band.level().stage() == comparison.level()))
			.sorted(DISPLAY_ORDER)
			.toList();
		int leftOut = (comparison.level() == null) ? 0
				: (int) inRegions.stream().filter((band) -> band.level() == null).count();
		List<ComparedBand> compared = shown.stream()
			.map((band) -> ComparedBand.of(band, comparison.basis(), conversion))
			.toList();

		return new SalaryComparison(comparison, choices.role(comparison.role()), choices, compared, charts(compared),
				missing, leftOut, disagreeing(shown), ladder(choices, byRole, comparison.basis(), conversion),
				this.salaries.factors(), stagesWithoutFigures(), conversion);
	}

	/** One chart per currency, in the order the currencies first appear. */
	static List<RangeChart> charts(List<ComparedBand> bands) {
		Map<String, List<ComparedBand>> byCurrency = bands.stream()
			.collect(Collectors.groupingBy(ComparedBand::currency, LinkedHashMap::new, Collectors.toList()));
		return byCurrency.values().stream().map(RangeChart::of).toList();
	}

	private static List<Region> disagreeing(List<PayBand> shown) {
		Map<Region, Set<String>> sourcesByRegion = shown.stream()
			.collect(Collectors.groupingBy(PayBand::region, LinkedHashMap::new,
					Collectors.mapping((band) -> band.source().id(), Collectors.toSet())));
		return sourcesByRegion.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	private static List<LadderPay> ladder(ComparisonChoices choices, Map<String, List<PayBand>> byRole, Basis basis,
			Conversion conversion) {
		List<LadderPay> ladder = new ArrayList<>();
		choices.roles()
			.stream()
			.sorted(Comparator.comparingInt(RoleRef::ladderRank))
			.forEach((role) -> PaySummary.of(byRole.getOrDefault(role.slug(), List.of()))
				.stream()
				.filter((summary) -> summary.region() == SalaryComparison.LADDER_REGION)
				.forEach((summary) -> ladder.add(new LadderPay(role, summary.converted(basis, conversion)))));
		return ladder;
	}

	/**
	 * The levels of a pay-stage list that no figure uses: stages a document names without
	 * figures.
	 */
	private List<LevelView> stagesWithoutFigures() {
		Set<String> used = this.salaries.figures()
			.all()
			.stream()
			.filter((band) -> band.level() != null)
			.map((band) -> band.level().id())
			.collect(Collectors.toSet());
		return this.levels.scheme(LevelScheme.CAREER_STAGES)
			.stream()
			.filter((level) -> !used.contains(level.id()))
			.toList();
	}

}
