package dev.mlcareers.portal.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test run on PostgreSQL really is on PostgreSQL, migrated by the same Flyway
 * migrations as H2.
 */
@DataJpaTest
class DatabasePostgresTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresqlMigratedByEveryMigration() {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
	}

}
