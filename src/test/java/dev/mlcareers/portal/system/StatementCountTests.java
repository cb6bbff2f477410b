package dev.mlcareers.portal.system;

import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL statements per page, counted by Hibernate: a small fixed number on a cold cache,
 * whatever the number of rows behind the page (no N+1), and none once the read model is
 * cached (the page itself rendered again, not served from the page cache). (The sources
 * page also runs one plain JDBC statement, which Hibernate does not count.)
 */
@ApplicationTest
class StatementCountTests {

	@Autowired
	RestTestClient client;

	@LocalServerPort
	int port;

	@Autowired
	CacheManager caches;

	@Autowired
	PageCache pages;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void coldCaches() {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		this.pages.clear();
		// Switched on for these tests alone, so that they share the other tests' context.
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
		this.statistics.clear();
	}

	@AfterEach
	void statisticsOff() {
		this.statistics.setStatisticsEnabled(false);
	}

	// The roadmap's pages read the names of the skills and certifications their
	// steps link to from those features (two statements), not by joining their
	// tables. The salary comparison reads the documents' titles for its schema.org
	// data from the sources feature (one statement, once). Every page reads the
	// content versions for its "Content as of" date (one statement, once for all pages).
	// A step's citation names the documents it draws on (one statement, once).
	@ParameterizedTest
	@CsvSource({ "/, 6", "/roles, 7", "/roles/machine-learning-engineer, 28", "/roles/technical-director, 21",
			"/skills, 4", "/skills/python, 8", "/certifications, 6",
			"/certifications/google-professional-machine-learning-engineer, 6", "/sources, 4", "/salaries, 9",
			"/salaries?role=data-scientist&basis=ppp&level=entry, 9", "/roadmaps/machine-learning-engineer, 12",
			"/roadmaps/machine-learning-engineer/steps/10, 13", "/paths, 8", "/changes, 1" })
	void runsAFixedNumberOfStatementsColdAndNoneWarm(String path, long coldBudget) {
		get(path);
		long cold = this.statistics.getPrepareStatementCount();
		assertThat(cold).as("statements for %s on a cold cache", path).isPositive().isLessThanOrEqualTo(coldBudget);
		this.statistics.clear();
		// The page rendered again, from the read models' caches alone.
		this.pages.clear();
		get(path);
		assertThat(this.statistics.getPrepareStatementCount()).as("statements for %s once cached", path).isZero();
	}

	/**
	 * The overview reads the visitor's progress and skills in one statement and the
	 * browsers linked to their progress in another; a step page reads their progress
	 * alone.
	 */
	@Test
	void aVisitorWithSavedProgressCostsTwoStatementsOnTheOverviewAndOneOnAStepPageUntilTheirNextSave() {
		Visitor visitor = new Visitor("http://localhost:" + this.port);
		String roadmap = "/roadmaps/machine-learning-engineer";
		visitor.submit(roadmap + "/steps/1", roadmap + "/steps/1/progress", Map.of("status", "done"));
		// The content read models the pages use (the steps that teach each skill, for the
		// skills a done step teaches) are kept already, as they are after any first
		// visit.
		visitor.page("/skills/python");
		Map<String, String> shown = Map.of(roadmap, "1 of 12 steps done", roadmap + "/steps/1", "Status: Done",
				roadmap + "/steps/2", "Status: Not started");
		Map<String, Long> statements = Map.of(roadmap, 2L, roadmap + "/steps/1", 1L, roadmap + "/steps/2", 1L);
		for (String path : List.of(roadmap, roadmap + "/steps/1", roadmap + "/steps/2")) {
			this.statistics.clear();
			assertThat(visitor.page(path)).contains(shown.get(path));
			assertThat(this.statistics.getPrepareStatementCount()).as("statements for %s with progress", path)
				.isEqualTo(statements.get(path));
			this.statistics.clear();
			assertThat(visitor.page(path)).contains(shown.get(path));
			assertThat(this.statistics.getPrepareStatementCount()).as("statements for %s seen again", path).isZero();
		}
	}

	private void get(String path) {
		this.client.get().uri(path).accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk();
	}

}
