package dev.mlcareers.portal.salary;

import java.util.List;

import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.SourceContributions;

import org.springframework.stereotype.Component;

import static dev.mlcareers.portal.source.SourceContributions.Counted.rowsOf;

/** The pay figures and pay factors each document gives. */
@Component
class SalarySourceContributions implements SourceContributions {

	@Override
	public List<Counted> contributions() {
		return List.of(rowsOf("salary_band", ContributionKind.PAY_FIGURES, "/salaries"),
				rowsOf("salary_factor", ContributionKind.PAY_FACTORS, "/salaries"));
	}

}
