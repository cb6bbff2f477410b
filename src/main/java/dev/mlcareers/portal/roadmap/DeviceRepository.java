package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The browsers linked to visitors' progress. */
interface DeviceRepository extends Repository<Device, Long> {

	/** The visitor the browser with this token hash is linked to, if any. */
	@Query(value = "SELECT visitor_id FROM device WHERE token_hash = :tokenHash", nativeQuery = true)
	Optional<String> visitorOf(String tokenHash);

	/**
	 * The visitor whose progress the browser with this token hash shows, if any: the one
	 * it is linked to, or one that an instance of the version before devices made for it
	 * ({@link StepProgressRepository#VISITOR_SEEN_BY}).
	 */
	@Query(value = StepProgressRepository.VISITOR_SEEN_BY, nativeQuery = true)
	Optional<String> visitorSeenBy(String tokenHash);

	/**
	 * The version of the data of the visitor whose progress the browser shows
	 * ({@code visitor.revision}), if it shows any.
	 */
	@Query(value = "SELECT v.revision FROM device d JOIN visitor v ON v.id = d.visitor_id WHERE d.token_hash = :tokenHash",
			nativeQuery = true)
	Optional<Long> revisionSeenBy(String tokenHash);

	/**
	 * The browsers linked to the same visitor as the browser with this token hash, first
	 * linked first, in one statement.
	 */
	@Query("select d from Device d where d.visitorId = (select e.visitorId from Device e where e.tokenHash = :tokenHash) "
			+ "order by d.linkedAt, d.id")
	List<Device> findAllSeenBy(String tokenHash);

	/** The visitor's browsers, first linked first. */
	@Query("select d from Device d where d.visitorId = :visitorId order by d.linkedAt, d.id")
	List<Device> findAllOf(String visitorId);

	/**
	 * Whether anything may show the visitor's progress on more than one browser: a second
	 * device, or a pairing code that may make one. As a number: more than 1 means so.
	 */
	@Query(value = "SELECT (SELECT COUNT(*) FROM device WHERE visitor_id = :visitorId) "
			+ "+ (SELECT COUNT(*) FROM pairing_code WHERE visitor_id = :visitorId)", nativeQuery = true)
	long linkCount(String visitorId);

	/**
	 * Makes the browser with this token hash the first device of the visitor whose id is
	 * that hash, if no browser is linked to them: a visitor made by an instance of the
	 * version before devices, during a rolling upgrade. The number of rows added. Never a
	 * browser unlinked from a visitor: that visitor has another browser still, or is
	 * deleted with their last one.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO device (token_hash, visitor_id, linked_at, saved_at) "
			+ "SELECT v.id, v.id, v.created_at, :now FROM visitor v WHERE v.id = :tokenHash "
			+ "AND NOT EXISTS (SELECT 1 FROM device d WHERE d.visitor_id = v.id)", nativeQuery = true)
	int adopt(String tokenHash, Instant now);

	/** How many browsers the visitor has. */
	@Query(value = "SELECT COUNT(*) FROM device WHERE visitor_id = :visitorId", nativeQuery = true)
	long countOf(String visitorId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO device (token_hash, visitor_id, linked_at, saved_at) "
			+ "VALUES (:tokenHash, :visitorId, :linkedAt, :savedAt)", nativeQuery = true)
	int insert(String tokenHash, String visitorId, Instant linkedAt, Instant savedAt);

	/**
	 * Records a save through the browser, if it is still linked to the visitor; the
	 * number of rows changed.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE device SET saved_at = :now WHERE token_hash = :tokenHash AND visitor_id = :visitorId",
			nativeQuery = true)
	int touch(String tokenHash, String visitorId, Instant now);

	/** Unlinks one of the visitor's browsers; the number of rows deleted. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "DELETE FROM device WHERE id = :id AND visitor_id = :visitorId", nativeQuery = true)
	int unlink(long id, String visitorId);

	/** Unlinks the browser with this token hash; the number of rows deleted. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "DELETE FROM device WHERE token_hash = :tokenHash", nativeQuery = true)
	int unlinkToken(String tokenHash);

}
