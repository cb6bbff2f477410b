package dev.mlcareers.portal.api;

import java.math.BigDecimal;
import java.util.List;

import dev.mlcareers.portal.api.Sourcing.Level;
import dev.mlcareers.portal.salary.ComparedBand;
import dev.mlcareers.portal.salary.LadderPay;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.salary.RateView;
import dev.mlcareers.portal.salary.SalaryComparison;
import dev.mlcareers.portal.shared.Coded;
import io.swagger.v3.oas.annotations.media.Schema;

/** The salary comparison resource: the same comparison as the /salaries page. */
final class SalaryResources {

	private SalaryResources() {
	}

	static SalaryComparisonResource comparison(SalaryComparison page) {
		return new SalaryComparisonResource(new ComparedRole(page.role().slug(), page.role().title()),
				codes(page.comparison().regions()), page.comparison().basis().code(),
				(page.comparison().level() != null) ? page.comparison().level().code() : null,
				page.bands().stream().map(SalaryResources::band).toList(), codes(page.missingRegions()),
				page.leftOutByLevel(), codes(page.disagreeing()),
				page.ladder().stream().map(SalaryResources::ladder).toList(),
				page.factors()
					.stream()
					.map((factor) -> new PayFactor(factor.factor(), factor.detail(), factor.source().id()))
					.toList(),
				page.stagesWithoutFigures().stream().map(Level::of).toList(),
				page.converting() ? page.rates().stream().map(SalaryResources::rate).toList() : List.of());
	}

	private static List<String> codes(List<? extends Coded> values) {
		return values.stream().map(Coded::code).toList();
	}

	private static ComparedFigure band(ComparedBand compared) {
		PayBand band = compared.band();
		return new ComparedFigure(band.region().code(), Sourcing.level(band.level()), band.statistic().code(),
				compared.currency(), compared.minimum(), compared.maximum(), band.openTop(), band.approximate(),
				new Amount(band.currency(), band.minimum(), band.maximum()), band.citedAs(), band.source().id());
	}

	private static LadderStep ladder(LadderPay step) {
		return new LadderStep(step.role().slug(), step.role().title(), step.role().ladderRank(), step.pay().currency(),
				step.pay().low(), step.pay().high(), step.pay().openTop(), step.pay().averagesOnly(),
				Sourcing.ids(step.pay().sources()));
	}

	private static Rate rate(RateView rate) {
		return new Rate(rate.currency(), rate.kind().code(), rate.unitsPerUsd(), rate.year(), rate.publisher(),
				rate.publication(), rate.series(), rate.priceLevelRatio());
	}

	@Schema(description = "Pay figures for one role in the regions asked for, optionally at one career stage, in "
			+ "local currency or converted to US dollars (market rate) or international dollars (PPP). Converted "
			+ "amounts are rounded to the nearest 100.")
	record SalaryComparisonResource(ComparedRole role,
			@Schema(description = "The regions compared, in display order",
					example = "[\"in\", \"us\"]") List<String> regions,
			@Schema(example = "ppp") String basis,
			@Schema(description = "The career stage asked for, if one was", nullable = true) String level,
			@Schema(description = "The figures, stages in order, then by region") List<ComparedFigure> figures,
			@Schema(description = "Regions asked for that the documents give no figures for") List<String> regionsWithoutFigures,
			@Schema(description = "Figures not split by level, left out because a level was asked for") int leftOutByLevel,
			@Schema(description = "Regions where two documents give figures that differ; both are kept") List<String> regionsWhereSourcesDiffer,
			@Schema(description = "Pay in India along the career ladder, in the comparison's currency") List<LadderStep> ladder,
			@Schema(description = "What the documents say moves pay") List<PayFactor> factors,
			@Schema(description = "Career stages a document names without pay figures") List<Level> stagesWithoutFigures,
			@Schema(description = "The conversion rates used, with their publishers; empty for local currency") List<Rate> rates) {

	}

	record ComparedRole(String slug, @Schema(example = "Machine Learning Engineer") String title) {

	}

	@Schema(description = "One pay figure, yearly, in the comparison's currency, with the document's own figure.")
	record ComparedFigure(@Schema(example = "in") String region, @Schema(nullable = true) Level level,
			@Schema(allowableValues = {
					"range", "average" }) String statistic,
			@Schema(description = "ISO 4217 code, or PPP for international dollars", example = "PPP") String currency,
			BigDecimal minimum, BigDecimal maximum, @Schema(description = "No upper bound") boolean openTop,
			@Schema(description = "The document calls the figure approximate") boolean approximate,
			@Schema(description = "The figure as the document gives it") Amount original,
			@Schema(nullable = true) String citedAs, String source){

	}

	record Amount(@Schema(example = "INR") String currency, BigDecimal minimum, BigDecimal maximum) {

	}

	record LadderStep(String slug, String title, int ladderRank, String currency, BigDecimal low, BigDecimal high,
			boolean openTop, boolean averagesOnly, List<String> sources) {

	}

	record PayFactor(String factor, @Schema(nullable = true) String detail, String source) {

	}

	@Schema(description = "A conversion rate: local currency units per US dollar, from its publisher (not from the "
			+ "five documents).")
	record Rate(@Schema(example = "INR") String currency, @Schema(allowableValues = {
			"market", "ppp" }) String basis, BigDecimal unitsPerUsd, int year, String publisher, String publication,
			String series, @Schema(nullable = true) BigDecimal priceLevelRatio){

	}

}
