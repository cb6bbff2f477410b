package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface VisitorRepository extends Repository<Visitor, String> {

	boolean existsById(String id);

	/**
	 * Records a save by the visitor now; the number of rows changed: 0 for a visitor the
	 * database does not know.
	 */
	@Modifying
	@Query(value = "UPDATE visitor SET saved_at = :now WHERE id = :id", nativeQuery = true)
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

	/** Deletes the visitor and everything kept for them; the number of rows deleted. */
	@Modifying
	@Query(value = "DELETE FROM visitor WHERE id = :id", nativeQuery = true)
	int erase(String id);

	Visitor save(Visitor visitor);

	/**
	 * Locks the visitor's row until the transaction ends, so that saves which replace a
	 * whole set of the visitor's rows (their skills) run one after another.
	 */
	@Query(value = "SELECT id FROM visitor WHERE id = :id FOR UPDATE", nativeQuery = true)
	Optional<String> lock(String id);

}
