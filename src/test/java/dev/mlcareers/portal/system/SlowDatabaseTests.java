package dev.mlcareers.portal.system;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.mlcareers.portal.support.Applications;
import dev.mlcareers.portal.support.FaultyLink;
import dev.mlcareers.portal.support.LinkedH2;
import dev.mlcareers.portal.support.OwnApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow database (every piece of data to and from it held 25 ms on its way, some 50 ms a
 * statement) while many visitors save at once: the saves that get a turn are slow, the
 * rest are answered 503 with their text kept, and pages kept in memory are served as fast
 * as ever, because the database never holds every request thread
 * ({@link DatabaseBulkhead}).
 */
@OwnApplicationTest
class SlowDatabaseTests {

	static final String STEP = "/roadmaps/machine-learning-engineer/steps/5";

	static final int SAVERS = 16;

	@TempDir
	Path directory;

	@Test
	void keptPagesStayFastWhileSlowSavesQueue() throws Exception {
		try (LinkedH2 h2 = LinkedH2.start(this.directory);
				ConfigurableApplicationContext app = Applications.start(h2.arguments())) {
			FaultyLink link = h2.link();
			String base = Applications.baseUrl(app);
			Visitor reader = new Visitor(base);
			reader.page("/roles/machine-learning-engineer");
			List<Visitor> savers = new ArrayList<>();
			List<String> tokens = new ArrayList<>();
			for (int i = 0; i < SAVERS; i++) {
				Visitor saver = new Visitor(base);
				tokens.add(saver.csrfToken(STEP));
				savers.add(saver);
			}

			link.delay(25);
			// Measured for the last 4 s of 6: in the first 2 the JIT compiles what every
			// request runs (in a JVM that has run nothing else, kept pages are several
			// times slower at first).
			long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
			long end = measureFrom + TimeUnit.SECONDS.toNanos(4);
			Map<Integer, AtomicInteger> saveStatuses = new ConcurrentHashMap<>();
			ExecutorService pool = Executors.newFixedThreadPool(SAVERS);
			for (int i = 0; i < SAVERS; i++) {
				Visitor saver = savers.get(i);
				String token = tokens.get(i);
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						HttpResponse<String> saved = saver.send("POST", STEP + "/note",
								"_csrf=" + token + "&note=Saved+slowly", "application/x-www-form-urlencoded");
						saveStatuses.computeIfAbsent(saved.statusCode(), (status) -> new AtomicInteger())
							.incrementAndGet();
					}
				});
			}
			List<Long> latencies = new ArrayList<>();
			while (System.nanoTime() < end) {
				long started = System.nanoTime();
				HttpResponse<String> kept = reader.get("/roles/machine-learning-engineer");
				if (started > measureFrom) {
					latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
				}
				assertThat(kept.statusCode()).isEqualTo(200);
			}
			pool.shutdown();
			assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			link.delay(0);

			latencies.sort(null);
			long p99 = latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1);
			System.out.printf("SlowDatabaseTests: %d kept pages, p50 %d ms, p99 %d ms, max %d ms; saves by status %s%n",
					latencies.size(), latencies.get(latencies.size() / 2), p99, latencies.get(latencies.size() - 1),
					saveStatuses);
			assertThat(saveStatuses.keySet()).as("every save answered saved (302) or try again (503)")
				.isSubsetOf(302, 503);
			assertThat(saveStatuses.get(302)).as("saves that got their turn").isNotNull();
			assertThat(p99).as("p99 of a kept page while slow saves queue, in ms").isLessThan(200);
		}
	}

}
