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

	/**
	 * Rows of (certification, title of the role with this slug), in the documents' order:
	 * every certification with the title of the role its document lists it for, in one
	 * statement. The role is read by entity name like the query above.
	 */
	@Query("select c, r.title from Certification c, Role r where r.slug = :roleSlug order by c.position")
	List<Object[]> findAllWithRoleTitle(String roleSlug);

	/** One certification with the title of the role with this slug, as above. */
	@Query("select c, r.title from Certification c, Role r where c.slug = :slug and r.slug = :roleSlug")
	List<Object[]> findWithRoleTitle(String slug, String roleSlug);

}
