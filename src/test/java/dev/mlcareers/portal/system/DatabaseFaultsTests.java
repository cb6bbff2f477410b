package dev.mlcareers.portal.system;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which failures count as the database being unavailable, and the bulkhead before it. */
class DatabaseFaultsTests {

	@Test
	void countsWhatSaysTheDatabaseCannotBeReachedOrWritten() {
		assertThat(DatabaseFaults.isUnavailable(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("timed out"))))
			.isTrue();
		assertThat(DatabaseFaults.isUnavailable(new SQLException("connection refused", "08001"))).isTrue();
		assertThat(DatabaseFaults.isUnavailable(new SQLException("disk full", "53100"))).isTrue();
		assertThat(DatabaseFaults.isUnavailable(new SQLException("shutting down", "57P01"))).isTrue();
		assertThat(DatabaseFaults.isUnavailable(new SQLException("Database is already closed", "90098", 90098)))
			.isTrue();
		assertThat(DatabaseFaults.isUnavailable(new JpaSystemException(
				new RuntimeException("Unable to rollback", new SQLException("Connection is closed")))))
			.as("a closed connection, but not one the pool closed")
			.isFalse();
		assertThat(DatabaseFaults.isUnavailable(new InvalidDataAccessResourceUsageException("io",
				new SQLException("General error", "HY000", new EOFException()))))
			.as("an input or output failure beneath data access")
			.isTrue();
	}

	@Test
	void leavesOtherFailuresAlone() {
		assertThat(DatabaseFaults.isUnavailable(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseFaults.isUnavailable(
				new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
			.isFalse();
		assertThat(DatabaseFaults.isUnavailable(new SQLException("syntax", "42000"))).isFalse();
		assertThat(DatabaseFaults.isUnavailable(new RuntimeException(new IOException("Broken pipe"))))
			.as("a client that went away is not the database's fault")
			.isFalse();
	}

	@Test
	void dropsConnectionsTheDatabaseBrokeAndKeepsOnesThatOnlyTimedOut() {
		BrokenConnections pool = new BrokenConnections();
		assertThat(pool.adjudicate(new SQLNonTransientConnectionException("broken", "90067", 90067)))
			.isEqualTo(Override.MUST_EVICT);
		assertThat(pool.adjudicate(new SQLException("closed", "90098", 90098))).isEqualTo(Override.MUST_EVICT);
		assertThat(pool.adjudicate(new SQLException("admin shutdown", "57P01"))).isEqualTo(Override.MUST_EVICT);
		assertThat(pool.adjudicate(new SQLException("statement timeout", "57014"))).isEqualTo(Override.CONTINUE_EVICT);
		assertThat(pool.adjudicate(new SQLException("lock timeout", "HYT00", 50200)))
			.isEqualTo(Override.CONTINUE_EVICT);
		assertThat(pool.adjudicate(new SQLException("duplicate key", "23505"))).isEqualTo(Override.CONTINUE_EVICT);
	}

	@Test
	void whileTheDatabaseIsSlowTheBulkheadLetsAFewUseItAFewMoreWaitAndRefusesTheRestAtOnce() throws Exception {
		DatabaseBulkhead bulkhead = new DatabaseBulkhead(2, 1, 5_000, 20);
		CountDownLatch holding = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			List<Future<String>> users = List.of(threads.submit(() -> hold(bulkhead, holding, release)),
					threads.submit(() -> hold(bulkhead, holding, release)));
			assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(100);
			assertThat(bulkhead.isSlow()).as("turns held over four times 20 ms").isTrue();
			Future<String> waiter = threads.submit(() -> bulkhead.call(() -> "waited"));
			while (!bulkhead.hasWaiting()) {
				Thread.sleep(5);
			}
			assertThatExceptionOfType(DatabaseBulkhead.Busy.class).as("one more than may wait")
				.isThrownBy(() -> bulkhead.call(() -> "refused"));
			assertThat(DatabaseFaults.isUnavailable(new DatabaseBulkhead.Busy("busy"))).isTrue();
			release.countDown();
			assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo("waited");
			for (Future<String> user : users) {
				assertThat(user.get(5, TimeUnit.SECONDS)).isEqualTo("done");
			}
			assertThat(bulkhead.call(() -> "free again")).isEqualTo("free again");
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void turnsThatTakeLongerThanSlowAfterOnAverageMakeTheDatabaseSlowAndFastOnesMakeItFastAgain() {
		DatabaseBulkhead bulkhead = new DatabaseBulkhead(4, 2, 2_000, 20);
		Supplier<Integer> slow = () -> pause(30);
		bulkhead.call(slow);
		assertThat(bulkhead.isSlow()).as("one slow turn among fast ones is not a slow database").isFalse();
		for (int turn = 0; turn < 20; turn++) {
			bulkhead.call(slow);
		}
		assertThat(bulkhead.isSlow()).as("turns of 30 ms, over the 20 ms allowed").isTrue();
		for (int turn = 0; turn < 40; turn++) {
			bulkhead.call(() -> 1);
		}
		assertThat(bulkhead.isSlow()).as("fast turns again").isFalse();
	}

	@Test
	void oneLongTurnAmongFastOnesDoesNotMakeTheDatabaseSlow() {
		DatabaseBulkhead bulkhead = new DatabaseBulkhead(4, 2, 2_000, 40);
		for (int turn = 0; turn < 8; turn++) {
			bulkhead.call(() -> pause(15));
		}
		bulkhead.call(() -> pause(300));
		assertThat(bulkhead.isSlow()).as("a 300 ms pause counts for 60 ms at most").isFalse();
	}

	@Test
	void theAverageOfTurnsLongPastSaysNothing() throws InterruptedException {
		DatabaseBulkhead bulkhead = new DatabaseBulkhead(4, 2, 2_000, 20);
		for (int turn = 0; turn < 20; turn++) {
			bulkhead.call(() -> pause(30));
		}
		assertThat(bulkhead.isSlow()).isTrue();
		Thread.sleep(DatabaseBulkhead.AVERAGE_LASTS_NANOS / 1_000_000 + 100);
		assertThat(bulkhead.isSlow()).as("no turn for over a second").isFalse();
	}

	@Test
	void requestsAlreadyWaitingAreCutBackOnceTheDatabaseTurnsSlow() throws Exception {
		DatabaseBulkhead bulkhead = new DatabaseBulkhead(1, 1, 5_000, 20);
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			Future<String> holder = threads.submit(() -> hold(bulkhead, holding, release));
			assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
			List<Future<String>> waiters = List.of(threads.submit(() -> bulkhead.call(() -> "first")),
					threads.submit(() -> bulkhead.call(() -> "second")));
			long started = System.nanoTime();
			long refused = 0;
			while (refused == 0 && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2)) {
				refused = waiters.stream().filter(Future::isDone).count();
				Thread.sleep(5);
			}
			assertThat(refused).as("one waiter of two refused once the turn is held over 80 ms").isEqualTo(1);
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_000);
			assertThat(holder.isDone()).isFalse();
			release.countDown();
			List<String> answered = new ArrayList<>();
			for (Future<String> waiter : waiters) {
				try {
					answered.add(waiter.get(5, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(DatabaseBulkhead.Busy.class);
				}
			}
			assertThat(answered).hasSize(1);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void refusesSettingsThatWouldTurnEveryoneAwayOrNoOne() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new DatabaseBulkhead(4, 2, 2_000, 0));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new DatabaseBulkhead(0, 2, 2_000, 40));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new DatabaseBulkhead(4, 2, 2_000, Long.MAX_VALUE));
	}

	private static int pause(int millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return 1;
	}

	@Test
	void theBulkheadRefusesAWaiterWhoseTurnDoesNotCome() throws Exception {
		DatabaseBulkhead bulkhead = new DatabaseBulkhead(1, 1, 50, 100);
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try {
			threads.submit(() -> hold(bulkhead, holding, release));
			assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
			assertThatExceptionOfType(DatabaseBulkhead.Busy.class).isThrownBy(() -> bulkhead.call(() -> "late"));
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void whileTheDatabaseIsFastTheBulkheadTurnsNoOneAway() throws Exception {
		DatabaseBulkhead bulkhead = new DatabaseBulkhead(4, 2, 2_000, 40);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> callers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				callers.add(threads.submit(() -> {
					int done = 0;
					for (int call = 0; call < 200; call++) {
						done += bulkhead.call(() -> pause(1));
					}
					return done;
				}));
			}
			for (Future<Integer> caller : callers) {
				assertThat(caller.get(30, TimeUnit.SECONDS)).as("every call of 8 threads at once, 4 at a time")
					.isEqualTo(200);
			}
			assertThat(bulkhead.isSlow()).isFalse();
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String hold(DatabaseBulkhead bulkhead, CountDownLatch holding, CountDownLatch release) {
		return bulkhead.call(() -> {
			holding.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "done";
		});
	}

}
