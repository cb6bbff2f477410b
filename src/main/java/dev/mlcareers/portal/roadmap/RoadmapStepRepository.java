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

	/** Each step's outcomes, in step and list order. */
	@Query("""
			select s.number as step, o.sourceId as source, o.text as text from RoadmapStep s join s.outcomes o
			where s.roadmapSlug = :roadmapSlug order by s.number, o.position""")
	List<OutcomeRow> findOutcomes(String roadmapSlug);

	/** The documents' steps each step merges. */
	@Query("""
			select s.number as step, p.sourceId as source, p.number as number, p.title as title
			from RoadmapStep s join s.originIds originId join SourcePathStep p on p.id = originId
			where s.roadmapSlug = :roadmapSlug order by s.number, p.number""")
	List<OriginRow> findOrigins(String roadmapSlug);

	/** The skills each step builds. */
	@NativeQuery("""
			select s.number as step, l.skill_slug as slug, l.source_id as source from roadmap_step s
			join roadmap_step_skill l on l.step_id = s.id where s.roadmap_slug = :roadmapSlug order by s.number""")
	List<LinkRow> findSkillLinks(String roadmapSlug);

	/** The certifications that fit each step. */
	@NativeQuery("""
			select s.number as step, l.certification_slug as slug, l.source_id as source from roadmap_step s
			join roadmap_step_certification l on l.step_id = s.id where s.roadmap_slug = :roadmapSlug order by s.number""")
	List<LinkRow> findCertificationLinks(String roadmapSlug);

	/** The roles each step prepares for. */
	@NativeQuery("""
			select s.number as step, l.role_slug as slug, l.source_id as source from roadmap_step s
			join roadmap_step_role l on l.step_id = s.id where s.roadmap_slug = :roadmapSlug order by s.number""")
	List<LinkRow> findRoleLinks(String roadmapSlug);

	/** For each skill, the steps that build it, in step order. */
	@NativeQuery("""
			select l.skill_slug as topic, s.roadmap_slug as roadmap, s.number as step, s.title as title,
			l.source_id as source from roadmap_step s
			join roadmap_step_skill l on l.step_id = s.id order by s.roadmap_slug, s.number""")
	List<TopicStepRow> findSkillSteps();

	/** For each certification, the steps where it fits, in step order. */
	@NativeQuery("""
			select l.certification_slug as topic, s.roadmap_slug as roadmap, s.number as step, s.title as title,
			l.source_id as source from roadmap_step s
			join roadmap_step_certification l on l.step_id = s.id order by s.roadmap_slug, s.number""")
	List<TopicStepRow> findCertificationSteps();

	/** For each role, the steps that prepare for it, in step order. */
	@NativeQuery("""
			select l.role_slug as topic, s.roadmap_slug as roadmap, s.number as step, s.title as title,
			l.source_id as source from roadmap_step s
			join roadmap_step_role l on l.step_id = s.id order by s.roadmap_slug, s.number""")
	List<TopicStepRow> findRoleSteps();

	/** One outcome of a step, and the document that states it. */
	interface OutcomeRow {

		int getStep();

		String getSource();

		String getText();

	}

	/** One document's step that a roadmap step merges: its number and title there. */
	interface OriginRow {

		int getStep();

		String getSource();

		int getNumber();

		String getTitle();

	}

	/**
	 * A skill, certification or role a step links to, with the document that draws the
	 * link, or {@code null} for the portal's own suggestion.
	 */
	interface LinkRow {

		int getStep();

		String getSlug();

		String getSource();

	}

	/**
	 * A step, seen from a skill, certification or role ({@code topic}) it links to, with
	 * the document that draws the link, or {@code null}.
	 */
	interface TopicStepRow {

		String getTopic();

		String getRoadmap();

		int getStep();

		String getTitle();

		String getSource();

	}

}
