package dev.mlcareers.portal.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection whose statement failed because the
 * database was unavailable ({@link DatabaseFaults}). Hikari drops connections on its own
 * for the SQLSTATEs it knows (class 08 and a few more), but not for H2's "connection
 * broken" or "database closed", which would keep failing after the database returned.
 * Configured by {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class BrokenConnections implements SQLExceptionOverride {

	/**
	 * H2's codes for a connection that is of no more use: broken, its database closed or
	 * shut down, its file failing to read or write, read only.
	 */
	private static final Set<Integer> H2_BROKEN = Set.of(90067, 90098, 90121, 90028, 90031, 90097);

	@java.lang.Override
	public Override adjudicate(SQLException exception) {
		for (Throwable cause = exception; cause != null; cause = (cause.getCause() != cause) ? cause.getCause()
				: null) {
			if (cause instanceof SQLException sql && isBroken(sql)) {
				return Override.MUST_EVICT;
			}
		}
		return Override.CONTINUE_EVICT;
	}

	/**
	 * Whether the connection that threw this is broken. A statement that timed out or
	 * lost a lock wait leaves its connection sound, so those are not.
	 */
	static boolean isBroken(SQLException exception) {
		if (exception instanceof SQLNonTransientConnectionException
				|| exception instanceof SQLTransientConnectionException
				|| exception instanceof SQLRecoverableException) {
			return true;
		}
		String state = exception.getSQLState();
		if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("58"))) {
			return true;
		}
		return H2_BROKEN.contains(exception.getErrorCode());
	}

}
