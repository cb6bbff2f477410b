package dev.mlcareers.portal.system;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Bounds how many request threads the database can hold at once, so that a slow or
 * stalled database never takes every thread and pages kept in memory keep being served:
 * at most {@code portal.database.concurrent} requests use it at a time, at most
 * {@code portal.database.waiting} more wait for their turn (as long as the pool waits for
 * a connection), and any beyond are answered at once as the database being unavailable
 * (503, {@link DatabaseFaults}). With Tomcat's 8 threads, the defaults (4 and 2) always
 * leave 2 for everything else.
 */
@Component
public class DatabaseBulkhead {

	private final Semaphore permits;

	private final int maxWaiting;

	private final long waitMillis;

	private final AtomicInteger waiting = new AtomicInteger();

	DatabaseBulkhead(@Value("${portal.database.concurrent:4}") int concurrent,
			@Value("${portal.database.waiting:2}") int waiting,
			@Value("${spring.datasource.hikari.connection-timeout:2000}") long waitMillis) {
		this.permits = new Semaphore(concurrent, true);
		this.maxWaiting = waiting;
		this.waitMillis = waitMillis;
	}

	/** Runs work that uses the database, when its turn comes. */
	public <T> T call(Supplier<T> work) {
		acquire();
		try {
			return work.get();
		}
		finally {
			this.permits.release();
		}
	}

	/** Whether a request is waiting for its turn. */
	boolean hasWaiting() {
		return this.waiting.get() > 0;
	}

	private void acquire() {
		if (this.permits.tryAcquire()) {
			return;
		}
		if (this.waiting.incrementAndGet() > this.maxWaiting) {
			this.waiting.decrementAndGet();
			throw new Busy("More requests wait for the database than may");
		}
		try {
			if (!this.permits.tryAcquire(this.waitMillis, TimeUnit.MILLISECONDS)) {
				throw new Busy("No turn at the database within " + this.waitMillis + " ms");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Busy("Interrupted while waiting for the database");
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/** The database has as many requests as it may take: try again in a moment. */
	static final class Busy extends TransientDataAccessResourceException {

		Busy(String message) {
			super(message);
		}

	}

}
