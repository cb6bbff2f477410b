package dev.mlcareers.portal.salary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mlcareers.portal.level.LevelCatalog;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.shared.ReadModel;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

import org.springframework.stereotype.Service;

/**
 * The pay figures and what goes with them (the comparison's choices, the conversion
 * rates, what pay depends on), each read once and kept. Inside the feature:
 * {@link SalaryService} offers them to the others, and {@link SalaryComparisons} builds
 * on them, both through this bean's proxy, so that each call finds what is kept.
 */
@Service
class PayBandCatalog {

	private final SalaryBandRepository bands;

	private final LevelCatalog levels;

	private final RoleDirectory roles;

	private final SalaryFactorRepository factors;

	private final ConversionRateRepository rates;

	private final SourceCatalog sources;

	PayBandCatalog(SalaryBandRepository bands, LevelCatalog levels, RoleDirectory roles, SalaryFactorRepository factors,
			ConversionRateRepository rates, SourceCatalog sources) {
		this.bands = bands;
		this.levels = levels;
		this.roles = roles;
		this.factors = factors;
		this.rates = rates;
		this.sources = sources;
	}

	/**
	 * Every pay figure of the documents, in their order; those of each role that has any;
	 * and the valid values of the comparison's parameters (every role, and the regions
	 * and stages that have pay figures, in their natural order). One read model, so that
	 * each part is made from the same figures, read once.
	 */
	@ReadModel("pay-figures")
	public PayFigures figures() {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, LevelView> levelsById = this.levels.byId();
		List<PayBand> all = this.bands.findAllByOrderByPosition()
			.stream()
			.map((band) -> new PayBand(band.getRoleSlug(), band.getRegion(), band.getCurrency(),
					(band.getLevelId() != null) ? levelsById.get(band.getLevelId()) : null, band.getStatistic(),
					band.getMinAmount(), band.getMaxAmount(), band.isOpenTop(), band.isApproximate(), band.getCitedAs(),
					refs.get(band.getSourceId())))
			.toList();
		Map<String, List<PayBand>> byRole = all.stream()
			.collect(Collectors.groupingBy(PayBand::roleSlug, Collectors.toUnmodifiableList()));
		List<Region> regions = Arrays.stream(Region.values())
			.filter((region) -> all.stream().anyMatch((band) -> band.region() == region))
			.toList();
		List<Stage> stages = Arrays.stream(Stage.values())
			.filter((stage) -> all.stream().anyMatch((band) -> band.level() != null && band.level().stage() == stage))
			.toList();
		return new PayFigures(all, byRole, new ComparisonChoices(this.roles.all(), byRole.keySet(), regions, stages));
	}

	/** The pay figures, by role, and the comparison's choices, as {@link #figures()}. */
	record PayFigures(List<PayBand> all, Map<String, List<PayBand>> byRole, ComparisonChoices choices) {

		PayFigures {
			all = List.copyOf(all);
			byRole = Map.copyOf(byRole);
		}

	}

	/** The conversion rates. */
	@ReadModel("conversion")
	public Conversion conversion() {
		return new Conversion(this.rates.findAllByOrderById().stream().map(RateView::of).toList());
	}

	/** What the documents say pay depends on, in their order. */
	@ReadModel("salary-factors")
	public List<FactorView> factors() {
		Map<String, SourceRef> refs = this.sources.refsById();
		return this.factors.findAllByOrderByPosition()
			.stream()
			.sorted(Comparator.comparing((SalaryFactor factor) -> refs.get(factor.getSourceId()).number())
				.thenComparing(SalaryFactor::getPosition))
			.map((factor) -> new FactorView(factor.getFactor(), factor.getDetail(), refs.get(factor.getSourceId())))
			.toList();
	}

}
