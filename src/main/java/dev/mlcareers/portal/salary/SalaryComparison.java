package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.shared.Region;

/**
 * Everything the salary page shows for one comparison.
 *
 * @param comparison what was asked for
 * @param role the role compared
 * @param choices every valid value of every parameter, for the form
 * @param bands the figures shown, by stage (not split by level last), then region
 * @param charts one chart per currency shown: one under a converting basis, one per
 * currency under the local basis, since amounts in two currencies cannot share an axis
 * @param missingRegions regions asked for where the documents give this role no figure
 * @param leftOutByLevel how many figures for the role as a whole the level filter hides
 * @param disagreeing regions whose figures come from more than one document
 * @param ladder the roles on the career ladder with pay in {@link #LADDER_REGION}
 * @param factors what the documents say pay depends on
 * @param stagesWithoutFigures pay stages a document sets out without giving figures
 * @param conversion the rates, to print under the chart
 */
public record SalaryComparison(Comparison comparison, RoleRef role, ComparisonChoices choices, List<ComparedBand> bands,
		List<RangeChart> charts, List<Region> missingRegions, int leftOutByLevel, List<Region> disagreeing,
		List<LadderPay> ladder, List<FactorView> factors, List<LevelView> stagesWithoutFigures, Conversion conversion) {

	/** The region the documents give ladder pay for. */
	public static final Region LADDER_REGION = Region.IN;

	public SalaryComparison {
		bands = List.copyOf(bands);
		charts = List.copyOf(charts);
		missingRegions = List.copyOf(missingRegions);
		disagreeing = List.copyOf(disagreeing);
		ladder = List.copyOf(ladder);
		factors = List.copyOf(factors);
		stagesWithoutFigures = List.copyOf(stagesWithoutFigures);
	}

	/** Whether the figures shown are converted from the documents' currencies. */
	public boolean converting() {
		return this.comparison.basis() != Basis.LOCAL;
	}

	/** Every basis, for the form. */
	public List<Basis> bases() {
		return List.of(Basis.values());
	}

	/** What converted amounts are rounded to. */
	public BigDecimal roundingStep() {
		return Conversion.ROUNDING_STEP;
	}

	/** The market rate and the purchasing-power rate for the rupee. */
	public List<RateView> rates() {
		return this.conversion.rates();
	}

	public RateView marketRate() {
		return this.conversion.rate(MoneyFormatter.RUPEE, Basis.MARKET);
	}

	public RateView pppRate() {
		return this.conversion.rate(MoneyFormatter.RUPEE, Basis.PPP);
	}

}
