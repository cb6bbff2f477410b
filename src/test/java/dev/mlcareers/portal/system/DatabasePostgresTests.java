package dev.mlcareers.portal.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

	private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

	@Test
	void runsOnPostgresqlMigratedByEveryMigration() throws IOException {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
		List<String> shipped = shippedVersions();
		assertThat(shipped).as("the migrations on the class path")
			.startsWith("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
		assertThat(this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list()).containsExactlyElementsOf(shipped);
	}

	/** Every versioned migration the application ships, in version order. */
	private static List<String> shippedVersions() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
		return Arrays.stream(files)
			.map(Resource::getFilename)
			.map(VERSIONED::matcher)
			.filter(Matcher::matches)
			.map((matcher) -> matcher.group(1))
			.sorted(Comparator.comparingInt(Integer::parseInt))
			.toList();
	}

}
