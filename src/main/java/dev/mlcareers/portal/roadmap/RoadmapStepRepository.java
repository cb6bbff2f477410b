package dev.mlcareers.portal.roadmap;

import java.util.List;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RoadmapStepRepository extends Repository<RoadmapStep, Integer> {

	List<RoadmapStep> findByRoadmapSlugOrderByNumber(String roadmapSlug);

	long countByRoadmapSlug(String roadmapSlug);

	/** Rows of (step number, outcome source id, outcome text), in step and list order. */
	@Query("""
			select s.number, o.sourceId, o.text from RoadmapStep s join s.outcomes o
			where s.roadmapSlug = :roadmapSlug order by s.number, o.position""")
	List<Object[]> findOutcomes(String roadmapSlug);

	/** Rows of (step number, document id, document step number, document step title). */
	@Query("""
			select s.number, p.sourceId, p.number, p.title from RoadmapStep s join s.originIds originId
			join SourcePathStep p on p.id = originId where s.roadmapSlug = :roadmapSlug order by s.number, p.number""")
	List<Object[]> findOrigins(String roadmapSlug);

	/**
	 * Rows of (step number, skill slug, document id or {@code null} for the portal's own
	 * suggestion): the skills each step builds.
	 */
	@NativeQuery("""
			select s.number, l.skill_slug, l.source_id from roadmap_step s
			join roadmap_step_skill l on l.step_id = s.id where s.roadmap_slug = :roadmapSlug order by s.number""")
	List<Object[]> findSkillLinks(String roadmapSlug);

	/** Rows of (step number, certification slug, document id or {@code null}). */
	@NativeQuery("""
			select s.number, l.certification_slug, l.source_id from roadmap_step s
			join roadmap_step_certification l on l.step_id = s.id where s.roadmap_slug = :roadmapSlug order by s.number""")
	List<Object[]> findCertificationLinks(String roadmapSlug);

	/** Rows of (step number, role slug, document id or {@code null}). */
	@NativeQuery("""
			select s.number, l.role_slug, l.source_id from roadmap_step s
			join roadmap_step_role l on l.step_id = s.id where s.roadmap_slug = :roadmapSlug order by s.number""")
	List<Object[]> findRoleLinks(String roadmapSlug);

	/**
	 * Rows of (skill slug, roadmap slug, step number, step title, document id or
	 * {@code null} for the portal's own suggestion), in step order.
	 */
	@NativeQuery("""
			select l.skill_slug, s.roadmap_slug, s.number, s.title, l.source_id from roadmap_step s
			join roadmap_step_skill l on l.step_id = s.id order by s.roadmap_slug, s.number""")
	List<Object[]> findSkillSteps();

	/**
	 * Rows of (certification slug, roadmap slug, step number, step title, document id or
	 * {@code null}), in step order.
	 */
	@NativeQuery("""
			select l.certification_slug, s.roadmap_slug, s.number, s.title, l.source_id from roadmap_step s
			join roadmap_step_certification l on l.step_id = s.id order by s.roadmap_slug, s.number""")
	List<Object[]> findCertificationSteps();

	/**
	 * Rows of (role slug, roadmap slug, step number, step title, document id or
	 * {@code null}), in step order.
	 */
	@NativeQuery("""
			select l.role_slug, s.roadmap_slug, s.number, s.title, l.source_id from roadmap_step s
			join roadmap_step_role l on l.step_id = s.id order by s.roadmap_slug, s.number""")
	List<Object[]> findRoleSteps();

}
