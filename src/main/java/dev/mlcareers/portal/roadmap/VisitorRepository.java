package dev.mlcareers.portal.roadmap;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface VisitorRepository extends Repository<Visitor, String> {

	/**
	 * Records a save by the visitor now, and a new version of their data; the number of
	 * rows changed: 0 for a visitor the database does not know.
	 */
	@Modifying
	@Query(value = "UPDATE visitor SET saved_at = :now, revision = revision + 1 WHERE id = :id", nativeQuery = true)
	int touch(String id, Instant now);

	/**
	 * Deletes up to {@code limit} visitors who last saved before the moment given, and
	 * with them their progress, notes and skills; the number of visitors deleted.
	 * Idempotent: instances running it at once delete each row once between them.
	 */
	@Modifying
	@Query(value = "DELETE FROM visitor WHERE id IN (SELECT id FROM visitor WHERE saved_at < :before "
			+ "ORDER BY saved_at FETCH FIRST :limit ROWS ONLY)", nativeQuery = true)
	int deleteSavedBefore(Instant before, int limit);

	/**
	 * Copies the visitor's row under a new id (the first step of giving them one: see
	 * {@link DevicePairing}); the number of rows added.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO visitor (id, created_at, saved_at, revision) "
			+ "SELECT :newId, created_at, saved_at, revision + 1 FROM visitor WHERE id = :oldId", nativeQuery = true)
	int copy(String oldId, String newId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE step_progress SET visitor_id = :newId WHERE visitor_id = :oldId", nativeQuery = true)
	int moveProgress(String oldId, String newId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE visitor_skill SET visitor_id = :newId WHERE visitor_id = :oldId", nativeQuery = true)
	int moveSkills(String oldId, String newId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE device SET visitor_id = :newId WHERE visitor_id = :oldId", nativeQuery = true)
	int moveDevices(String oldId, String newId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE pairing_code SET visitor_id = :newId WHERE visitor_id = :oldId", nativeQuery = true)
	int moveCode(String oldId, String newId);

	/** Deletes the visitor and everything kept for them; the number of rows deleted. */
	@Modifying
	@Query(value = "DELETE FROM visitor WHERE id = :id", nativeQuery = true)
	int erase(String id);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO visitor (id, created_at, saved_at) VALUES (:id, :now, :now)", nativeQuery = true)
	int insert(String id, Instant now);

}
