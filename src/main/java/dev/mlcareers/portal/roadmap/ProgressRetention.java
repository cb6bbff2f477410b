package dev.mlcareers.portal.roadmap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.mlcareers.portal.system.DatabaseFaults;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the progress nobody has saved for as long as the visitor's cookie lasts
 * ({@link #KEPT_FOR}): by then the browser has forgotten the token, and nobody can reach
 * the progress again. Runs once a day ({@code portal.retention.cron}, 03:30 by default,
 * in the server's zone); one {@code DELETE}, so instances running it at once each delete
 * what the others have not, and a run that fails is made good by the next.
 */
@Component
class ProgressRetention {

	/**
	 * How long progress is kept after its last save: the cookie's lifetime, and a day
	 * (the cookie's lifetime starts with the response, a moment after the save).
	 */
	static final Duration KEPT_FOR = VisitorCookie.MAX_AGE.plusDays(1);

	/**
	 * Visitors deleted per transaction: each batch stays well inside the transaction time
	 * limit ({@code spring.transaction.default-timeout}), however many are due, and a run
	 * cut short keeps the batches it committed.
	 */
	static final int BATCH = 1000;

	private static final Log logger = LogFactory.getLog(ProgressRetention.class);

	private final VisitorRepository visitors;

	private final PairingRepository pairing;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ProgressRetention(VisitorRepository visitors, PairingRepository pairing,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.visitors = visitors;
		this.pairing = pairing;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(cron = "${portal.retention.cron:0 30 3 * * *}")
	void daily() {
		try {
			int deleted = deleteForgotten();
			logger.info("Retention: deleted the progress of " + deleted + " visitor(s) who last saved over "
					+ KEPT_FOR.toDays() + " days ago");
			int pairings = deletePairingLeftovers();
			logger.info("Retention: deleted " + pairings + " expired pairing code(s) and count(s) of tries");
		}
		catch (RuntimeException failure) {
			if (!DatabaseFaults.isUnavailable(failure)) {
				throw failure;
			}
			logger.warn("Retention: the database is unavailable, tomorrow's run will delete what this one could not: "
					+ DatabaseFaults.rootCause(failure));
		}
	}

	/**
	 * Deletes the pairing codes that expired over a day ago (kept that long only to tell
	 * someone who types one that it expired) and the counts of tries of past minutes; how
	 * many rows.
	 */
	int deletePairingLeftovers() {
		Instant now = this.clock.instant();
		Integer deleted = this.transactions
			.execute((status) -> this.pairing.deleteExpiredBefore(now.minus(Duration.ofDays(1)))
					+ this.pairing.deleteAttemptsBefore(AttemptLimit.windowOf(now)));
		return (deleted != null) ? deleted : 0;
	}

	/**
	 * Deletes every visitor who last saved before {@link #KEPT_FOR} ago, {@link #BATCH}
	 * at a time; how many.
	 */
	int deleteForgotten() {
		Instant before = this.clock.instant().minus(KEPT_FOR);
		int total = 0;
		while (true) {
			Integer deleted = this.transactions.execute((status) -> this.visitors.deleteSavedBefore(before, BATCH));
			if (deleted == null || deleted == 0) {
				return total;
			}
			total += deleted;
		}
	}

}
