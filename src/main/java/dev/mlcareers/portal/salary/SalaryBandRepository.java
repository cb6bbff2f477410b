package dev.mlcareers.portal.salary;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface SalaryBandRepository extends Repository<SalaryBand, Integer> {

	List<SalaryBand> findAllByOrderByPosition();

	/**
	 * Every role, in the site's order, without a compile-time dependency on the role
	 * feature (which depends on this one).
	 */
	@Query("select new dev.mlcareers.portal.salary.RoleName(r.slug, r.title, r.ladderRank, r.flagship) from Role r order by r.position")
	List<RoleName> findRoleNames();

}
