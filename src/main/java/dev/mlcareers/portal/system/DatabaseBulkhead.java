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
 * turn, as long as the pool waits for a connection. While the database is slow (the
 * recent turns took longer than {@code portal.database.slow-after} on average, or one has
 * been held four times that long), at most {@code portal.database.waiting} wait and any
 * beyond are answered at once as the database being unavailable (503,
 * {@link DatabaseFaults}). With Tomcat's 8 threads, the defaults (4, 2 and 40 ms) then
 * leave 2 for everything else. A healthy database's turns take a few milliseconds, and
 * one slowed for a moment by a busy processor does not make the average, so a fast
 * database never turns a request away.
 */
@Component
public class DatabaseBulkhead {

	private final Semaphore permits;

	private final int maxWaiting;

	private final long waitMillis;

	private final long slowNanos;

	private final AtomicInteger waiting = new AtomicInteger();

	/** When each request now holding a turn took it, by thread. */
	private final Map<Thread, Long> holders = new ConcurrentHashMap<>();

	/** A moving average of how long recent turns took, in nanoseconds. */
	private volatile long averageNanos;

	DatabaseBulkhead(@Value("${portal.database.concurrent:4}") int concurrent,
			@Value("${portal.database.waiting:2}") int waiting,
			@Value("${spring.datasource.hikari.connection-timeout:2000}") long waitMillis,
			@Value("${portal.database.slow-after:40}") long slowMillis) {
		this.permits = new Semaphore(concurrent, true);
		this.maxWaiting = waiting;
		this.waitMillis = waitMillis;
		this.slowNanos = TimeUnit.MILLISECONDS.toNanos(slowMillis);
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
			long took = System.nanoTime() - started;
			this.averageNanos = (this.averageNanos * 7 + took) / 8;
			this.permits.release();
		}
	}

	/** Whether a request is waiting for its turn. */
	boolean hasWaiting() {
		return this.waiting.get() > 0;
	}

	/**
	 * Whether the database is slow just now: the recent turns took longer than
	 * {@code slow-after} on average, or a turn in progress has been held four times that
	 * long (a database that has just stopped answering, before any turn has ended).
	 */
	boolean isSlow() {
		if (this.averageNanos > this.slowNanos) {
			return true;
		}
		long now = System.nanoTime();
		for (long started : this.holders.values()) {
			if (now - started > 4 * this.slowNanos) {
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
			if (this.waiting.incrementAndGet() > this.maxWaiting && isSlow()) {
				this.waiting.decrementAndGet();
				throw new Busy("The database is slow and more requests wait for it than may");
			}
			try {
				if (!this.permits.tryAcquire(this.waitMillis, TimeUnit.MILLISECONDS)) {
					throw new Busy("No turn at the database within " + this.waitMillis + " ms");
				}
			}
			finally {
				this.waiting.decrementAndGet();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Busy("Interrupted while waiting for the database");
		}
	}

	/** The database has as many requests as it may take: try again in a moment. */
	static final class Busy extends TransientDataAccessResourceException {

		Busy(String message) {
			super(message);
		}

	}

}
