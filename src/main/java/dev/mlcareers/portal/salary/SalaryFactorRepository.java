package dev.mlcareers.portal.salary;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface SalaryFactorRepository extends Repository<SalaryFactor, Integer> {

	List<SalaryFactor> findAllByOrderByPosition();

}
