package dev.mlcareers.portal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.mlcareers.portal.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database down, a read model composed only of read models already kept (a
 * salary comparison not asked for before; the answer that a role does not exist) is
 * answered without asking for a connection, although it is built in a transaction.
 */
@ApplicationTest
class ComposedReadModelOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	WatchedConnections database;

	@Autowired
	CacheManager caches;

	@Autowired
	PageCache pages;

	/** Nothing kept by the tests before, in the context they share. */
	@BeforeEach
	void coldCaches() {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		this.pages.clear();
	}

	@AfterEach
	void stopWatching() {
		this.database.stop();
	}

	@Test
	void aCompositionOfKeptReadModelsIsServedWithoutTheDatabase() throws Exception {
		assertThat(get("/api/v1/salaries", "application/json").statusCode()).isEqualTo(200);
		assertThat(get("/salaries", "text/html").statusCode()).isEqualTo(200);
		assertThat(get("/roles/machine-learning-engineer", "text/html").statusCode()).isEqualTo(200);
		this.database.start();
		// Up again after the test (stopWatching).
		this.database.down = true;
		HttpResponse<String> unknownRole = get("/roles/no-such-role", "text/html");
		HttpResponse<String> apiUnknownRole = get("/api/v1/roles/no-such-role", "application/json");
		HttpResponse<String> market = get("/api/v1/salaries?basis=market", "application/json");
		HttpResponse<String> page = get("/salaries?basis=ppp&level=senior", "text/html");
		HttpResponse<String> csv = get("/salaries.csv?basis=market", "text/csv");
		assertThat(unknownRole.statusCode()).as("unknown role, database down").isEqualTo(404);
		assertThat(apiUnknownRole.statusCode()).as("API unknown role, database down").isEqualTo(404);
		assertThat(market.statusCode()).as("API comparison of kept figures, database down").isEqualTo(200);
		assertThat(page.statusCode()).as("comparison page of kept figures, database down").isEqualTo(200);
		assertThat(csv.statusCode()).as("CSV of kept figures, database down").isEqualTo(200);
		assertThat(this.database.taken.get()).as("connections asked for").isZero();
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
