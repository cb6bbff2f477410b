package dev.mlcareers.portal.roadmap;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The skills visitors said they have. */
interface SavedSkillRepository extends Repository<SavedSkill, SavedSkill.Key> {

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "DELETE FROM visitor_skill WHERE visitor_id = :visitorId", nativeQuery = true)
	int deleteAll(String visitorId);

	/** Adds one; refused by the primary key if another save added it first. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO visitor_skill (visitor_id, skill_slug, saved_at) VALUES (:visitorId, :skillSlug, :now)",
			nativeQuery = true)
	int insert(String visitorId, String skillSlug, Instant now);

}
