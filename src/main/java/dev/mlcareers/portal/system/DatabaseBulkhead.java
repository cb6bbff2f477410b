package dev.mlcareers.portal.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Bounds how many request threads a slow database can hold at once, so that it never
 * takes every thread and pages kept in memory keep being served. At most
 * {@code portal.database.concurrent} requests use it at a time; the others wait for their
 * turn, as long as the pool waits for a connection. While the database is slow (the turns
 * of the last second took longer than {@code portal.database.slow-after} on average, or
 * one has been held four times that long), at most {@code portal.database.waiting} wait
 * and any beyond are answered at once as the database being unavailable (503,
 * {@link DatabaseFaults}); a request already waiting when the database turns slow is held
 * to the same rule. With Tomcat's 8 threads, the defaults (4, 2 and 40 ms) then leave 2
 * for everything else.
 * <p>
 * A healthy database's turns take a few milliseconds, tens on a busy machine. A single
 * turn counts for at most one and a half times {@code slow-after} in the average, so a
 * pause (a collection stretching every turn in progress at once) does not make a fast
 * database slow, while a database whose every turn takes longer than {@code slow-after}
 * soon is.
 */
@Component
public class DatabaseBulkhead {

	/** How long a moving average of turns stands for the database's state. */
	static final long AVERAGE_LASTS_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final Semaphore permits;

	private final int maxWaiting;

	private final long waitMillis;

	private final long slowMillis;

	private final long slowNanos;

	private final long stuckNanos;

	private final long largestSampleNanos;

	private final AtomicInteger waiting = new AtomicInteger();

	/** When each request now holding a turn took it, by thread. */
	private final Map<Thread, Long> holders = new ConcurrentHashMap<>();

	/** A moving average of how long recent turns took, in nanoseconds. */
	private volatile long averageNanos;

	/** When the last turn ended. */
	private volatile long lastTurnEnded = System.nanoTime();

	DatabaseBulkhead(@Value("${portal.database.concurrent:4}") int concurrent,
			@Value("${portal.database.waiting:2}") int waiting,
			@Value("${spring.datasource.hikari.connection-timeout:2000}") long waitMillis,
			@Value("${portal.database.slow-after:40}") long slowMillis) {
		if (concurrent < 1 || waiting < 0 || waitMillis < 1 || slowMillis < 1 || slowMillis > 60_000) {
			throw new IllegalArgumentException("portal.database.concurrent must be at least 1, waiting at least 0,"
					+ " and slow-after from 1 to 60000 ms");
		}
		this.permits = new Semaphore(concurrent, true);
		this.maxWaiting = waiting;
		this.waitMillis = waitMillis;
		this.slowMillis = slowMillis;
		this.slowNanos = TimeUnit.MILLISECONDS.toNanos(slowMillis);
		this.stuckNanos = 4 * this.slowNanos;
		this.largestSampleNanos = this.slowNanos * 3 / 2;
	}

	/** Runs work that uses the database, when its turn comes. */
	public <T> T call(Supplier<T> work) {
		acquire();
		long started = System.nanoTime();
		this.holders.put(Thread.currentThread(), started);
		try {
			return work.get();
		}
		finally {
			this.holders.remove(Thread.currentThread());
			long ended = System.nanoTime();
			long took = Math.min(ended - started, this.largestSampleNanos);
			this.averageNanos = (this.averageNanos * 7 + took) / 8;
			this.lastTurnEnded = ended;
			this.permits.release();
		}
	}

	/** Whether a request is waiting for its turn. */
	boolean hasWaiting() {
		return this.waiting.get() > 0;
	}

	/**
	 * Whether the database is slow just now: the turns of the last second took longer
	 * than {@code slow-after} on average, or a turn in progress has been held four times
	 * that long (a database that has just stopped answering, before any turn has ended).
	 */
	boolean isSlow() {
		long now = System.nanoTime();
		if (this.averageNanos > this.slowNanos && now - this.lastTurnEnded < AVERAGE_LASTS_NANOS) {
			return true;
		}
		for (long started : this.holders.values()) {
			if (now - started > this.stuckNanos) {
				return true;
			}
		}
		return false;
	}

	private void acquire() {
		try {
			// Fair: never ahead of a request already waiting.
			if (this.permits.tryAcquire(0, TimeUnit.MILLISECONDS)) {
				return;
			}
			this.waiting.incrementAndGet();
			boolean leftTheQueue = false;
			try {
				long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(this.waitMillis);
				while (true) {
					// Checked on arrival and again every slow-after while waiting:
					// the waiters are cut back as soon as the database turns slow.
					if (leaveIfTooMany()) {
						leftTheQueue = true;
						throw new Busy("The database is slow and more requests wait for it than may");
					}
					long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
					if (left <= 0) {
						throw new Busy("No turn at the database within " + this.waitMillis + " ms");
					}
					if (this.permits.tryAcquire(Math.min(left, this.slowMillis), TimeUnit.MILLISECONDS)) {
						return;
					}
				}
			}
			finally {
				if (!leftTheQueue) {
					this.waiting.decrementAndGet();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Busy("Interrupted while waiting for the database");
		}
	}

	/**
	 * Whether this waiter leaves the queue because the database is slow and more wait
	 * than may: it leaves only by taking its own place off the count, so that concurrent
	 * checks never cut the waiters below the number allowed.
	 */
	private boolean leaveIfTooMany() {
		while (true) {
			int now = this.waiting.get();
			if (now <= this.maxWaiting || !isSlow()) {
				return false;
			}
			if (this.waiting.compareAndSet(now, now - 1)) {
				return true;
			}
		}
	}

	/** The database has as many requests as it may take: try again in a moment. */
	static final class Busy extends TransientDataAccessResourceException {

		Busy(String message) {
			super(message);
		}

	}

}
