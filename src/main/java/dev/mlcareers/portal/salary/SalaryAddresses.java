package dev.mlcareers.portal.salary;

import java.util.List;

import dev.mlcareers.portal.shared.Region;

import org.springframework.stereotype.Component;

/**
 * The canonical addresses of salary comparisons, for links in templates
 * ({@code @salaryAddresses}): a link never leads to a redirect.
 */
@Component("salaryAddresses")
public class SalaryAddresses {

	private final SalaryService comparisons;

	SalaryAddresses(SalaryService comparisons) {
		this.comparisons = comparisons;
	}

	/** The role's pay in every region, as the documents give it, at every level. */
	public String of(String role) {
		return of(role, Basis.LOCAL);
	}

	/** The role's pay in every region, on this basis, at every level. */
	public String of(String role, Basis basis) {
		return of(role, this.comparisons.parse(java.util.Map.of()).regions(), basis);
	}

	/** The role's pay in these regions, on this basis, at every level. */
	public String of(String role, List<Region> regions, Basis basis) {
		return address(new Comparison(role, regions, basis, null));
	}

	/** The comparison's own address. */
	public String address(Comparison comparison) {
		String query = this.comparisons.canonicalQuery(comparison);
		return query.isEmpty() ? "/salaries" : "/salaries?" + query;
	}

}
