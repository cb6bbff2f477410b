package dev.mlcareers.portal.certification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface CertificationRepository extends Repository<Certification, String> {

	List<Certification> findAllByOrderByPosition();

	Optional<Certification> findById(String slug);

	/**
	 * Rows of (certification slug, role slug, role title): the roles of the roadmap steps
	 * each certification fits into. Read by entity name, without a compile-time
	 * dependency on the role feature, which depends on this one.
	 */
	@Query("""
			select distinct c, r.slug, r.title, r.position
			from RoadmapStep s join s.certificationSlugs c join s.roleSlugs sr, Role r
			where sr = r.slug order by r.position""")
	List<Object[]> findRolesOfSteps();

	/** A role's title, read by entity name like the query above. */
	@Query("select r.title from Role r where r.slug = :slug")
	Optional<String> findRoleTitle(String slug);

}
