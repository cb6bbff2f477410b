package dev.mlcareers.portal.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Which failures mean "the database cannot be reached or cannot write just now" rather
 * than a fault of the portal's: no connection to be had within the pool's timeout, a
 * connection broken or refused, the server shutting down, a statement timed out, the disk
 * under the database full or unwritable. Such a failure is answered 503 with
 * {@code Retry-After} (a page in the layout, or problem details on the API), and the
 * connection that saw it is dropped from the pool ({@link BrokenConnections}), so that
 * the portal recovers by itself when the database returns.
 */
public final class DatabaseFaults {

	/** Seconds a client is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	/**
	 * H2's error codes for a database that cannot be reached or written: connection
	 * broken, database closed (after a write failed, say), called during shutdown, input
	 * or output failed, read only, opened by another process, lock wait timed out,
	 * statement cancelled by its timeout.
	 */
	static final Set<Integer> H2_UNAVAILABLE = Set.of(90067, 90098, 90121, 90028, 90031, 90097, 90020, 50200, 57014);

	/**
	 * SQLSTATE classes of the same on PostgreSQL (and in the standard): connection
	 * exception (08), insufficient resources such as a full disk (53), operator
	 * intervention such as a shutdown (57), system error such as an I/O error (58).
	 */
	private static final Set<String> UNAVAILABLE_STATE_CLASSES = Set.of("08", "53", "57", "58");

	private DatabaseFaults() {
	}

	/** Asks the client to try again after {@link #RETRY_AFTER_SECONDS}. */
	public static void askToRetryLater(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
	}

	/**
	 * Whether the failure, or any of its causes, says the database is unavailable. An
	 * input or output failure counts only beneath a failure of data access (a client that
	 * went away is not the database's fault).
	 */
	public static boolean isUnavailable(Throwable failure) {
		boolean dataAccess = false;
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessException) {
				return true;
			}
			if (cause instanceof SQLException sql && isUnavailable(sql)) {
				return true;
			}
			dataAccess |= cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof PersistenceException || cause instanceof SQLException;
			if (dataAccess && cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this is the pool's refusal to use a connection it has closed because the
	 * database broke it. A transaction whose statement broke its connection then fails to
	 * roll back with this, and that failure replaces the first one; it has no SQLSTATE of
	 * its own, so it is known by its message and where it was thrown.
	 */
	private static boolean isClosedByPool(SQLException exception) {
		StackTraceElement[] trace = exception.getStackTrace();
		return exception.getSQLState() == null && "Connection is closed".equals(exception.getMessage())
				&& trace.length > 0 && trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.");
	}

	/** The innermost cause's class and message, for a log line. */
	public static String rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getName() + ": " + root.getMessage();
	}

	/**
	 * Whether this one exception, without its causes, says the database is unavailable.
	 */
	static boolean isUnavailable(SQLException exception) {
		if (exception instanceof SQLTransientException || exception instanceof SQLRecoverableException
				|| exception instanceof SQLNonTransientConnectionException) {
			return true;
		}
		if (isClosedByPool(exception)) {
			return true;
		}
		String state = exception.getSQLState();
		if (state != null && state.length() >= 2 && UNAVAILABLE_STATE_CLASSES.contains(state.substring(0, 2))) {
			return true;
		}
		return H2_UNAVAILABLE.contains(exception.getErrorCode());
	}

}
