package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * A visitor's rows of progress. A save changes only its own column of one row (status or
 * note), in one statement, so two saves of the same step at the same moment never write
 * back each other's old value.
 */
interface StepProgressRepository extends Repository<StepProgress, StepProgress.Key> {

	/**
	 * Everything saved by the visitor whose progress the browser with this token hash
	 * shows, in one statement: a row per step they touched on any roadmap (skill null),
	 * then a row per skill they said they have (roadmap null). The visitor is the one the
	 * browser's device row names, or, for a browser without one, the visitor whose id is
	 * the hash if no browser is linked to them: one an instance of the version before
	 * devices made during a rolling upgrade ({@link ProgressService#known}).
	 */
	@Query(value = """
			SELECT roadmap_slug AS roadmapSlug, step_number AS stepNumber, status AS status, note AS note,
			       NULL AS skill
			FROM step_progress WHERE visitor_id = (""" + VISITOR_SEEN_BY + """
			)
			UNION ALL
			SELECT NULL, NULL, NULL, NULL, skill_slug FROM visitor_skill WHERE visitor_id = (""" + VISITOR_SEEN_BY
			+ ")", nativeQuery = true)
	List<SavedRow> findEverythingSeenBy(String tokenHash);

	/** The id of the visitor the browser with the token hash {@code :tokenHash} shows. */
	String VISITOR_SEEN_BY = """
			SELECT COALESCE(
			  (SELECT d.visitor_id FROM device d WHERE d.token_hash = :tokenHash),
			  (SELECT v.id FROM visitor v WHERE v.id = :tokenHash
			   AND NOT EXISTS (SELECT 1 FROM device e WHERE e.visitor_id = v.id)))""";

	/** A row of {@link #findEverythingSeenBy}. */
	interface SavedRow {

		String getRoadmapSlug();

		Integer getStepNumber();

		String getStatus();

		String getNote();

		String getSkill();

	}

	StepProgress save(StepProgress progress);

	/** Sets the step's status, if it has a row; the number of rows changed. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			UPDATE step_progress SET status = :status, updated_at = :now
			WHERE visitor_id = :visitorId AND roadmap_slug = :roadmapSlug AND step_number = :step""",
			nativeQuery = true)
	int updateStatus(String visitorId, String roadmapSlug, int step, String status, Instant now);

	/** Sets the step's note ({@code null} for none), if it has a row. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			UPDATE step_progress SET note = :note, updated_at = :now
			WHERE visitor_id = :visitorId AND roadmap_slug = :roadmapSlug AND step_number = :step""",
			nativeQuery = true)
	int updateNote(String visitorId, String roadmapSlug, int step, String note, Instant now);

	/**
	 * Adds the step's row; refused by the primary key if another save added it first.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			INSERT INTO step_progress (visitor_id, roadmap_slug, step_number, status, note, updated_at)
			VALUES (:visitorId, :roadmapSlug, :step, :status, :note, :now)""", nativeQuery = true)
	int insert(String visitorId, String roadmapSlug, int step, String status, String note, Instant now);

	/**
	 * Removes the step's row if it says nothing a fresh step would not (not started, no
	 * note), as it stands in the database, not as this save last saw it.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			DELETE FROM step_progress
			WHERE visitor_id = :visitorId AND roadmap_slug = :roadmapSlug AND step_number = :step
			AND status = 'not-started' AND note IS NULL""", nativeQuery = true)
	int deleteIfBlank(String visitorId, String roadmapSlug, int step);

	@Modifying
	@Query("delete from StepProgress p where p.key.visitorId = :visitorId and p.key.roadmapSlug = :roadmapSlug")
	int deleteAll(String visitorId, String roadmapSlug);

}
