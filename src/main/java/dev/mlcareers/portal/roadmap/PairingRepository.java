package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The pairing codes visitors have open, by the hash of each code (one per visitor), and
 * the count of tries at codes, shared by every instance.
 */
interface PairingRepository extends Repository<PairingCode, String> {

	/** The open code with this hash, if any (expired or not). */
	@Query("select c from PairingCode c where c.codeHash = :codeHash")
	Optional<PairingCode> find(String codeHash);

	/** Cancels the visitor's open code, if any. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "DELETE FROM pairing_code WHERE visitor_id = :visitorId", nativeQuery = true)
	int cancel(String visitorId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO pairing_code (visitor_id, code_hash, expires_at) VALUES (:visitorId, :codeHash, :expiresAt)",
			nativeQuery = true)
	int insert(String visitorId, String codeHash, Instant expiresAt);

	/**
	 * Uses the code: deletes it if it is the visitor's and still open at the moment
	 * given; the number of rows deleted (0: used, replaced or expired meanwhile).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "DELETE FROM pairing_code WHERE code_hash = :codeHash AND visitor_id = :visitorId AND expires_at > :now",
			nativeQuery = true)
	int use(String codeHash, String visitorId, Instant now);

	/** Deletes the codes that expired before the moment given; how many. */
	@Modifying
	@Query(value = "DELETE FROM pairing_code WHERE expires_at < :before", nativeQuery = true)
	int deleteExpiredBefore(Instant before);

	/**
	 * Counts one try by the subject in the window starting at the moment given: starts
	 * the count afresh if the subject's row is of an earlier window. The number of rows
	 * changed: 0 for a subject without a row.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "UPDATE pairing_attempt SET attempts = CASE WHEN window_start = :window THEN attempts + 1 ELSE 1 END, "
			+ "window_start = :window WHERE subject = :subject", nativeQuery = true)
	int countAttempt(String subject, Instant window);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO pairing_attempt (subject, window_start, attempts) VALUES (:subject, :window, 1)",
			nativeQuery = true)
	int firstAttempt(String subject, Instant window);

	@Query(value = "SELECT attempts FROM pairing_attempt WHERE subject = :subject", nativeQuery = true)
	int attempts(String subject);

	/** Deletes the counts of windows that started before the moment given; how many. */
	@Modifying
	@Query(value = "DELETE FROM pairing_attempt WHERE window_start < :before", nativeQuery = true)
	int deleteAttemptsBefore(Instant before);

}
