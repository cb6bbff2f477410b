package dev.mlcareers.portal.system;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import dev.mlcareers.portal.PortalApplication;
import dev.mlcareers.portal.support.OwnApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default embedded database is a file: a second start on it migrates nothing and
 * seeds nothing twice.
 */
@OwnApplicationTest
class FileDatabaseRestartTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aSecondStartOnTheSameFileKeepsEverythingAndReseedsNothing() {
		Snapshot first = startAndSnapshot(true);
		Snapshot second = startAndSnapshot(false);
		assertThat(first.migrations()).isNotEmpty();
		assertThat(second.migrations()).isEqualTo(first.migrations());
		assertThat(second.salaryBands()).isEqualTo(first.salaryBands()).isEqualTo(12);
		assertThat(second.marker()).isEqualTo("written by the first run");
	}

	private Snapshot startAndSnapshot(boolean firstRun) {
		String url = "jdbc:h2:file:" + this.dataDirectory.resolve("portal").toAbsolutePath();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
			.run("--spring.datasource.url=" + url, "--server.port=0")) {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			if (firstRun) {
				jdbc.sql("CREATE TABLE restart_marker (note VARCHAR(40))").update();
				jdbc.sql("INSERT INTO restart_marker VALUES ('written by the first run')").update();
			}
			List<String> migrations = jdbc.sql(
					"SELECT \"version\" || ':' || \"checksum\" || ':' || \"installed_on\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")
				.query(String.class)
				.list();
			long bands = jdbc.sql("SELECT COUNT(*) FROM salary_band").query(Long.class).single();
			String marker = jdbc.sql("SELECT note FROM restart_marker").query(String.class).single();
			return new Snapshot(migrations, bands, marker);
		}
	}

	private record Snapshot(List<String> migrations, long salaryBands, String marker) {
	}

}
