package dev.mlcareers.portal.salary;

import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/**
 * The salary comparison in its canonical default form (every role, region and level, in
 * local currency).
 */
@Component
class SalaryPages implements PublicPages {

	@Override
	public List<String> paths() {
		return List.of("/salaries");
	}

}
