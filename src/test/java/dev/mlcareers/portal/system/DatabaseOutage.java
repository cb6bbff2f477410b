package dev.mlcareers.portal.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.mlcareers.portal.api.ApiContract;
import dev.mlcareers.portal.apiclient.ApiClient;
import dev.mlcareers.portal.apiclient.ApiException;
import dev.mlcareers.portal.apiclient.api.ContentApi;
import dev.mlcareers.portal.apiclient.model.Problem;
import dev.mlcareers.portal.support.Applications;
import dev.mlcareers.portal.support.FaultyLink;
import dev.mlcareers.portal.support.Visitor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The portal while its database goes away and comes back, on whatever database the
 * arguments name, reached through a link the test cuts and restores: what every kind of
 * request gets meanwhile, that nothing answered as saved is lost, and how long the portal
 * takes to be ready again once the database is back, without a restart.
 */
final class DatabaseOutage {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	private DatabaseOutage() {
	}

	/**
	 * While the link is cut, every read the portal tries waits for the pool's connection
	 * timeout before it gives up (2 s in production): a quarter of a second here,
	 * Hikari's least, so the dozen refusals below take 3 s instead of 24. What each
	 * request is answered does not depend on how long the pool waited. (DatabaseBulkhead
	 * takes the same setting as the longest a request waits for its turn; none waits for
	 * one here.)
	 */
	static final Map<String, String> SHORT_POOL_WAIT = Map.of("spring.datasource.hikari.connection-timeout", "250",
			"spring.datasource.hikari.validation-timeout", "250");

	/** Runs the outage; returns the seconds from the database's return to readiness. */
	static double survive(List<String> arguments, FaultyLink link) {
		List<String> settings = new ArrayList<>(arguments);
		SHORT_POOL_WAIT.forEach((name, value) -> settings.add("--" + name + "=" + value));
		// Nothing but the test's requests uses the database (the nightly clean-up
		// off), so the pool's waits below are theirs alone.
		settings.add("--portal.retention.cron=-");
		try (ConfigurableApplicationContext app = Applications.start(settings)) {
			String base = Applications.baseUrl(app);
			Visitor visitor = new Visitor(base);
			String step = ROADMAP + "/steps/3";
			assertThat(visitor.submit(step, step + "/note", Map.of("note", "Kept before the outage")).statusCode())
				.isEqualTo(302);
			assertThat(visitor.submit(step, step + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
			String csrf = visitor.csrfToken(step);
			// The way to a skills save: its confirmation.
			visitor.page("/skills/check/remember?have=python&have=sql");
			Visitor anonymous = new Visitor(base);
			// Asked for twice, so kept.
			for (int i = 0; i < 2; i++) {
				anonymous.page("/roles/machine-learning-engineer");
				anonymous.page(ROADMAP);
				anonymous.page("/roles");
			}
			assertThat(status(base, "/actuator/health/readiness")).isEqualTo(200);

			link.cut();

			assertThat(anonymous.get("/roles/machine-learning-engineer").statusCode()).as("a kept page").isEqualTo(200);
			assertThat(anonymous.get(ROADMAP).statusCode()).as("a kept roadmap page").isEqualTo(200);

			HttpResponse<String> role = visitor.get("/roles/machine-learning-engineer");
			assertThat(role.statusCode()).as("a role page, for a visitor whose skills cannot be read").isEqualTo(200);
			assertThat(role.body()).contains("cannot be shown just now").doesNotContain("class=\"have-mark\"");
			assertThat(role.headers().firstValue("Cache-Control")).as("not kept, nor stored after")
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));

			HttpResponse<String> page = visitor.get(ROADMAP + "/steps/4");
			assertUnavailablePage(page, "a visitor's page, read from the database");

			// The answer to a save reads nothing more from the database: not the content
			// dates nor the documents that the step page's citation names.
			app.getBean(CacheManager.class).getCache("content-versions").clear();
			app.getBean(CacheManager.class).getCache("source-documents").clear();
			Counter poolWaits = app.getBean(MeterRegistry.class).get("hikaricp.connections.timeout").counter();
			double waitsBefore = poolWaits.count();
			long started = System.nanoTime();
			HttpResponse<String> note = visitor.send("POST", step + "/note",
					"_csrf=" + csrf + "&note=Written+during+the+outage", "application/x-www-form-urlencoded");
			assertThat(poolWaits.count() - waitsBefore).as("reads that waited for the pool while answering a save")
				.isEqualTo(1);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time to answer a save")
				.isLessThan(Duration.ofSeconds(5));
			assertThat(note.statusCode()).as("a note save").isEqualTo(503);
			assertThat(note.headers().firstValue("Retry-After")).contains("5");
			assertThat(note.body()).contains("Your note could not be saved")
				.contains(">Written during the outage</textarea>")
				.contains("Your saved status cannot be shown just now")
				.contains("name=\"_csrf\"")
				.doesNotContain("Exception");

			HttpResponse<String> skills = visitor.send("POST", "/skills/check",
					"_csrf=" + csrf + "&have=python&have=sql", "application/x-www-form-urlencoded");
			assertThat(skills.statusCode()).as("a skills save").isEqualTo(503);
			assertThat(skills.headers().firstValue("Retry-After")).contains("5");
			assertThat(skills.body()).contains("Your skills were not saved")
				.contains("name=\"have\" value=\"python\"", "name=\"have\" value=\"sql\"", "name=\"_csrf\"")
				.doesNotContain("Exception");

			HttpResponse<String> status = visitor.send("POST", step + "/progress",
					"_csrf=" + csrf + "&status=in-progress", "application/x-www-form-urlencoded");
			assertThat(status.statusCode()).as("a status save").isEqualTo(503);
			assertThat(status.body()).contains("Your status could not be saved")
				.contains("Your saved note cannot be shown just now")
				.as("no empty note box that would erase the note if sent")
				.doesNotContain("name=\"note\"");

			// The role index's read model is kept, but its page reads more while it
			// renders.
			app.getBean(CacheManager.class).getCache("pay-figures").clear();
			app.getBean(CacheManager.class).getCache("role-directory").clear();
			app.getBean(PageCache.class).clear();
			HttpResponse<String> rendering = anonymous.get("/roles");
			assertUnavailablePage(rendering, "a page whose rendering reads the database");
			assertThat(rendering.headers().firstValue("Cache-Control")).hasValue("no-store");
			app.getBean(CacheManager.class)
				.getCacheNames()
				.forEach((name) -> app.getBean(CacheManager.class).getCache(name).clear());
			app.getBean(PageCache.class).clear();
			assertUnavailablePage(anonymous.get("/roles"), "a page not kept, read from the database");
			HttpResponse<String> api = anonymous.follow("GET", "/api/v1/roles", "application/json");
			assertThat(api.statusCode()).as("the API").isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).contains("5");
			assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception");
			assertThat(ApiContract.kept()
				.violations("/api/v1/roles", api.statusCode(), api.headers().firstValue("Content-Type").orElse(null),
						api.body()))
				.as("the API's 503 as its description gives it")
				.isEmpty();
			ApiClient client = new ApiClient();
			client.updateBaseUri(base);
			client.setObjectMapper(ApiClient.createDefaultObjectMapper()
				.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
			ApiException unavailable = catchThrowableOfType(ApiException.class, () -> new ContentApi(client).roles());
			assertThat(unavailable.getCode()).as("the generated client's 503").isEqualTo(503);
			assertThat(unavailable.getResponseHeaders().firstValue("Retry-After")).hasValue("5");
			assertThat(problem(client, unavailable).getStatus()).isEqualTo(503);

			assertThat(waitFor(base, (code) -> code == 503, Duration.ofSeconds(15))).as("readiness DOWN").isTrue();

			link.restore();
			long restored = System.nanoTime();
			assertThat(waitFor(base, (code) -> code == 200, Duration.ofSeconds(30))).as("readiness UP again").isTrue();
			double recovery = (System.nanoTime() - restored) / 1e9;

			String kept = visitor.page(step);
			assertThat(kept).as("what was saved before the outage").contains(">Kept before the outage</textarea>");
			assertThat(kept).contains("Status: Done");
			assertThat(visitor.submit(step, step + "/note", Map.of("note", "Saved after the outage")).statusCode())
				.as("the first save after the database returned")
				.isEqualTo(302);
			assertThat(visitor.page(step)).contains(">Saved after the outage</textarea>").contains("Status: Done");
			assertThat(visitor.page("/roles/machine-learning-engineer")).as("the skills of step 3, marked again")
				.contains("class=\"have-mark\"")
				.doesNotContain("cannot be shown just now");
			assertThat(anonymous.page("/roles")).contains("href=\"/roles/machine-learning-engineer\"");
			return recovery;
		}
	}

	private static Problem problem(ApiClient client, ApiException answer) {
		try {
			return client.getObjectMapper().readValue(answer.getResponseBody(), Problem.class);
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("Problem details the generated client cannot read", ex);
		}
	}

	private static void assertUnavailablePage(HttpResponse<String> page, String what) {
		assertThat(page.statusCode()).as(what).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).as(what).contains("5");
		assertThat(page.headers().firstValue("Content-Type")).as(what)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).as(what)
			.contains("<main id=\"main\"")
			.contains("The site is busy")
			.contains("Please try again in a moment")
			.as(what + ": the layout's links, known without the database")
			.contains("<a href=\"" + ROADMAP + "\"")
			.doesNotContain("Exception")
			.doesNotContain("at dev.mlcareers");
	}

	private static boolean waitFor(String base, IntPredicate readiness, Duration limit) {
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			if (readiness.test(status(base, "/actuator/health/readiness"))) {
				return true;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	private static int status(String base, String path) {
		return new Visitor(base).follow("GET", path, "application/json").statusCode();
	}

}
