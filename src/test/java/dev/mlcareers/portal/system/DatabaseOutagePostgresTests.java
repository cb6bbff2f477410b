package dev.mlcareers.portal.system;

import java.net.URI;
import java.util.List;

import dev.mlcareers.portal.support.FaultyLink;
import dev.mlcareers.portal.support.OwnApplicationTest;
import dev.mlcareers.portal.support.TestPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away under the portal and coming back, on PostgreSQL: see
 * {@link DatabaseOutage}. The link stands for the server stopping (every connection
 * closed, new ones refused) and starting again.
 */
@OwnApplicationTest
class DatabaseOutagePostgresTests {

	@Test
	void keptPagesAnswerTheRestIs503AndEverythingWorksAgainWhenTheDatabaseReturns() {
		TestPostgres.Database database = TestPostgres.newDatabase();
		URI server = URI.create(database.url().substring("jdbc:".length()));
		try (FaultyLink link = new FaultyLink(server.getPort())) {
			String linked = "jdbc:postgresql://127.0.0.1:" + link.port() + server.getPath();
			double recovery = DatabaseOutage.survive(
					List.of("--spring.datasource.url=" + linked, "--spring.datasource.username=" + database.username(),
							"--spring.datasource.password=" + database.password()),
					link);
			System.out.printf("DatabaseOutagePostgresTests: PostgreSQL back, ready again in %.2f s%n", recovery);
			assertThat(recovery).isLessThan(10);
		}
	}

}
