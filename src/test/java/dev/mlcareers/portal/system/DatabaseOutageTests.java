package dev.mlcareers.portal.system;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import dev.mlcareers.portal.support.FaultyLink;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away under the portal and coming back, on H2 run as a server (the
 * embedded file cannot be taken away from under the application; a full disk under it is
 * {@code bench/faults.sh}'s): see {@link DatabaseOutage}.
 */
class DatabaseOutageTests {

	@TempDir
	Path directory;

	@Test
	void keptPagesAnswerTheRestIs503AndEverythingWorksAgainWhenTheDatabaseReturns() throws SQLException {
		Server h2 = Server.createTcpServer("-tcpPort", "0", "-baseDir", this.directory.toString(), "-ifNotExists")
			.start();
		try (FaultyLink link = new FaultyLink(h2.getPort())) {
			double recovery = DatabaseOutage
				.survive(List.of("--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + link.port() + "/portal",
						"--spring.datasource.username=portal", "--spring.datasource.password="), link);
			System.out.printf("DatabaseOutageTests: H2 back, ready again in %.2f s%n", recovery);
			assertThat(recovery).isLessThan(10);
		}
		finally {
			h2.stop();
		}
	}

}
