package dev.mlcareers.portal.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.support.OwnApplicationTest;
import dev.mlcareers.portal.support.RunningJar;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started as the {@code Dockerfile} starts it, from the bean definitions
 * made at build time ({@code -Dspring.aot.enabled=true}), in a JVM of its own: every test
 * but this one runs the portal without them. Failsafe runs it after {@code package}, on
 * the jar in {@code target/}.
 */
@OwnApplicationTest
class AheadOfTimeStartTests {

	private static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	@TempDir
	Path directory;

	@Test
	void servesEveryKindOfPageAndSavesFromTheBuildTimeBeanDefinitions() throws Exception {
		try (RunningJar portal = start()) {
			assertThat(portal.log()).contains("Starting AOT-processed PortalApplication");
			Visitor visitor = new Visitor(portal.baseUrl());
			for (String path : List.of("/", "/roles/machine-learning-engineer",
					"/roles/compare?roles=machine-learning-engineer&roles=data-scientist",
					"/salaries?role=data-scientist&regions=us", "/search?q=python", ROADMAP, "/skills/python",
					"/certifications", "/paths", "/sources", "/changes", "/changes.atom", "/api/v1/roles",
					"/v3/api-docs", "/actuator/health/readiness")) {
				HttpResponse<String> response = visitor.follow("GET", path, "*/*");
				assertThat(response.statusCode()).as(path).isEqualTo(200);
			}
			assertThat(visitor.get("/").headers().firstValue("ETag")).as("kept by the page cache").isPresent();
			String step = ROADMAP + "/steps/2";
			assertThat(visitor.submit(step, step + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
			assertThat(visitor.page(ROADMAP)).contains("1 of 12 steps done");
			assertThat(visitor.get("/actuator/prometheus").statusCode()).as("no profile, no metrics").isEqualTo(404);
			assertThat(visitor.get("/no-such-page").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void readsThePageCacheSwitchAtRunTime() throws Exception {
		try (RunningJar portal = start("--portal.page-cache.enabled=false")) {
			Visitor visitor = new Visitor(portal.baseUrl());
			HttpResponse<String> home = visitor.get("/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.headers().firstValue("ETag")).as("a page, with the cache off").isEmpty();
			assertThat(visitor.follow("GET", "/api/v1/roles", "application/json").headers().firstValue("ETag"))
				.as("the API, tagged all the same")
				.isPresent();
		}
	}

	private RunningJar start(String... arguments) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:ahead-of-time"));
		all.addAll(List.of(arguments));
		return RunningJar.start(this.directory, List.of("-Dspring.aot.enabled=true"), all);
	}

}
