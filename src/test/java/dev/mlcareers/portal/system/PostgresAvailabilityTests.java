package dev.mlcareers.portal.system;

import dev.mlcareers.portal.support.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Whether the database tests also run on PostgreSQL: they do where a server is named (the
 * Maven profile {@code postgres-tests} then runs them a second time). Without one they
 * are skipped with one line naming what to install, except when {@code CI} is set: there
 * a missing server fails the run.
 */
class PostgresAvailabilityTests {

	@Test
	void theDatabaseTestsRunOnPostgresqlToo() {
		if (!TestPostgres.available()) {
			String reason = "The database tests run on H2 only; for PostgreSQL too: " + TestPostgres.INSTALL_HINT;
			if (System.getenv("CI") != null) {
				throw new IllegalStateException(reason + " (CI is set, so they may not be skipped)");
			}
			System.err.println("SKIPPING the PostgreSQL run of the database tests. " + reason);
			abort(reason);
		}
		assertThat(TestPostgres.version()).startsWith("PostgreSQL");
	}

}
