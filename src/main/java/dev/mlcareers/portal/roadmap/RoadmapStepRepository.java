package dev.mlcareers.portal.roadmap;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface RoadmapStepRepository extends Repository<RoadmapStep, Integer> {

	List<RoadmapStep> findByRoadmapSlugOrderByNumber(String roadmapSlug);

	long countByRoadmapSlug(String roadmapSlug);

	/** Rows of (skill slug, roadmap slug, step number, step title). */
	@Query("select skill, s.roadmapSlug, s.number, s.title from RoadmapStep s join s.skillSlugs skill order by s.number")
	List<Object[]> findSkillSteps();

	/** Rows of (certification slug, roadmap slug, step number, step title). */
	@Query("""
			select certification, s.roadmapSlug, s.number, s.title
			from RoadmapStep s join s.certificationSlugs certification order by s.number""")
	List<Object[]> findCertificationSteps();

	/** Rows of (role slug, roadmap slug, step number, step title). */
	@Query("select role, s.roadmapSlug, s.number, s.title from RoadmapStep s join s.roleSlugs role order by s.number")
	List<Object[]> findRoleSteps();

}
