package dev.mlcareers.portal.system;

import java.nio.file.Path;

import dev.mlcareers.portal.support.LinkedH2;
import dev.mlcareers.portal.support.OwnApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away under the portal and coming back, on H2 run as a server (the
 * embedded file cannot be taken away from under the application; a full disk under it is
 * {@code bench/disk-full.sh}'s): see {@link DatabaseOutage}.
 */
@OwnApplicationTest
class DatabaseOutageTests {

	@TempDir
	Path directory;

	@Test
	void keptPagesAnswerTheRestIs503AndEverythingWorksAgainWhenTheDatabaseReturns() {
		try (LinkedH2 h2 = LinkedH2.start(this.directory)) {
			double recovery = DatabaseOutage.survive(h2.arguments(), h2.link());
			System.out.printf("DatabaseOutageTests: H2 back, ready again in %.2f s%n", recovery);
			assertThat(recovery).isLessThan(10);
		}
	}

}
