package dev.mlcareers.portal.salary;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The salary feature's read models, for the other features and its own pages: the pay
 * figures (kept by {@link PayBandCatalog}) and the comparison of them (composed by
 * {@link SalaryComparisons}).
 */
@Service
public class SalaryService {

	private final PayBandCatalog pay;

	private final SalaryComparisons comparisons;

	SalaryService(PayBandCatalog pay, SalaryComparisons comparisons) {
		this.pay = pay;
		this.comparisons = comparisons;
	}

	/** Every pay figure of the documents, in their order. */
	public List<PayBand> all() {
		return this.pay.figures().all();
	}

	/** The pay figures for each role that has any. */
	public Map<String, List<PayBand>> byRole() {
		return this.pay.figures().byRole();
	}

	/**
	 * The valid values of the comparison's parameters: every role, and the regions and
	 * stages that have pay figures, in their natural order.
	 */
	public ComparisonChoices choices() {
		return this.pay.figures().choices();
	}

	/** The conversion rates. */
	public Conversion conversion() {
		return this.pay.conversion();
	}

	/** What the documents say pay depends on, in their order. */
	public List<FactorView> factors() {
		return this.pay.factors();
	}

	/**
	 * Reads a comparison from query parameters, refusing values that are not among the
	 * choices (see {@link ComparisonParser} for the rules).
	 */
	public Comparison parse(Map<String, List<String>> parameters) {
		return this.comparisons.parse(parameters);
	}

	/**
	 * The canonical query string of a comparison (see
	 * {@link ComparisonParser#canonicalQuery}).
	 */
	public String canonicalQuery(Comparison comparison) {
		return this.comparisons.canonicalQuery(comparison);
	}

	/**
	 * Each parameter of a comparison and the values it accepts (see
	 * {@link ComparisonParser#acceptedValues()}).
	 */
	public Map<String, List<String>> acceptedValues() {
		return this.comparisons.acceptedValues();
	}

	/** The comparison a visitor asked for, kept per comparison. */
	public SalaryComparison compare(Comparison comparison) {
		return this.comparisons.compare(comparison);
	}

}
