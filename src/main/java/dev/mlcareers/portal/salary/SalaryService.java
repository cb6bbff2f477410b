package dev.mlcareers.portal.salary;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/** Read models about pay. */
@Service
public class SalaryService {

	private final PayBandCatalog catalog;

	private final RoleDirectory roles;

	private final SalaryFactorRepository factors;

	private final ConversionRateRepository rates;

	private final SourceCatalog sources;

	SalaryService(PayBandCatalog catalog, RoleDirectory roles, SalaryFactorRepository factors,
			ConversionRateRepository rates, SourceCatalog sources) {
		this.catalog = catalog;
		this.roles = roles;
		this.factors = factors;
		this.rates = rates;
		this.sources = sources;
	}

	/** Every pay figure of the documents, in their order. */
	public List<PayBand> all() {
		return this.catalog.all();
	}

	/** The pay figures for each role that has any. */
	@ReadModel("pay-bands-by-role")
	public Map<String, List<PayBand>> byRole() {
		return all().stream().collect(Collectors.groupingBy(PayBand::roleSlug, Collectors.toUnmodifiableList()));
	}

	/**
	 * The valid values of the comparison's parameters: every role, and the regions and
	 * stages that have pay figures, in their natural order.
	 */
	@ReadModel("salary-choices")
	public ComparisonChoices choices() {
		List<PayBand> all = all();
		List<Region> regions = Arrays.stream(Region.values())
			.filter((region) -> all.stream().anyMatch((band) -> band.region() == region))
			.toList();
		List<Stage> stages = Arrays.stream(Stage.values())
			.filter((stage) -> all.stream().anyMatch((band) -> band.level() != null && band.level().stage() == stage))
			.toList();
		Set<String> rolesWithPay = all.stream().map(PayBand::roleSlug).collect(Collectors.toSet());
		return new ComparisonChoices(this.roles.all(), rolesWithPay, regions, stages);
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
