package dev.mlcareers.portal.roadmap;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete everything", on the embedded database and (in the PostgreSQL run) on
 * PostgreSQL: a confirmation with the export beside it, then every row kept for the
 * visitor is gone and their cookies cleared, while another visitor's progress stays; and
 * the privacy page that says so.
 */
@ApplicationTest
class ProgressErasureTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	static final String STEP = ROADMAP + "/steps/2";

	@Value("http://localhost:${local.server.port}")
	String base;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesEverythingKeptForTheVisitorAndClearsTheirCookies() {
		Visitor alice = new Visitor(this.base);
		Visitor bob = new Visitor(this.base);
		for (Visitor visitor : new Visitor[] { alice, bob }) {
			assertThat(visitor.submit(STEP, STEP + "/note", Map.of("note", "mine")).statusCode()).isEqualTo(302);
			assertThat(visitor.submit(CHECK_REMEMBER, "/skills/check", Map.of("have", "python")).statusCode())
				.isEqualTo(302);
		}
		String aliceId = Visitors.idOf(this.jdbc,
				VisitorToken.parse(alice.cookie(VisitorCookie.NAME).orElseThrow()).orElseThrow());
		assertThat(rows(aliceId)).isEqualTo(4);
		// Her pages, kept for her, and her cookies as someone might have copied them.
		assertThat(alice.page(STEP)).contains(">mine</textarea>");
		assertThat(alice.page(STEP)).contains(">mine</textarea>");
		Visitor copied = new Visitor(this.base).withCookie(VisitorCookie.NAME, alice.cookie(VisitorCookie.NAME).get())
			.withCookie(VisitorCookie.SAVED_NAME, alice.cookie(VisitorCookie.SAVED_NAME).get());

		Document confirm = Jsoup.parse(alice.page("/privacy/delete"));
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("Delete everything kept for this browser?");
		assertThat(confirm.select("main a[href=" + ROADMAP + "/progress.json]")).as("export first").hasSize(1);
		assertThat(confirm.select("form[method=post][action=/privacy/delete] input[name=_csrf]")).hasSize(1);

		HttpResponse<String> deleted = alice.submit("/privacy/delete", "/privacy/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location")).hasValue("/privacy?deleted=yes");
		assertThat(deleted.headers().allValues("Set-Cookie"))
			.anyMatch((cookie) -> cookie.startsWith("mlc_visitor=;") && cookie.contains("Max-Age=0"))
			.anyMatch((cookie) -> cookie.startsWith("mlc_saved=;"));
		assertThat(rows(aliceId)).as("the visitor, their browser, their step and their skill").isZero();
		assertThat(alice.hasCookie(VisitorCookie.NAME)).isFalse();
		assertThat(alice.page("/privacy?deleted=yes")).contains("Everything kept for this browser was deleted");
		assertThat(alice.page(STEP)).doesNotContain(">mine</textarea>");
		assertThat(copied.page(STEP)).as("no page of hers kept").doesNotContain(">mine</textarea>");

		assertThat(bob.page(STEP)).as("another visitor's progress").contains(">mine</textarea>");
		assertThat(Jsoup.parse(bob.page("/skills/check")).select("input[name=have][checked]"))
			.extracting((box) -> box.attr("value"))
			.contains("python");
	}

	@Test
	void aBrowserWithNothingKeptIsToldSoAndDeletingChangesNothing() {
		long visitors = this.jdbc.sql("SELECT COUNT(*) FROM visitor").query(Long.class).single();
		Visitor newcomer = new Visitor(this.base);
		assertThat(newcomer.page("/privacy/delete")).contains("This browser holds no saved progress");
		assertThat(newcomer.submit("/privacy/delete", "/privacy/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM visitor").query(Long.class).single()).isEqualTo(visitors);
	}

	@Test
	void thePrivacyPageIsTheSameForEveryoneAndLinkedFromEveryPage() {
		HttpResponse<String> privacy = new Visitor(this.base).get("/privacy");
		assertThat(privacy.statusCode()).isEqualTo(200);
		assertThat(privacy.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
		Document page = Jsoup.parse(privacy.body());
		assertThat(page.select("main h2").eachText()).containsExactly("What is kept", "What is never kept", "How long",
				"Take it or delete it");
		assertThat(page.selectFirst("main").text()).contains("It lasts 400 days from your latest save",
				"as long as you save something at least once every 400 days");
		assertThat(page.select("main a[href=/privacy/delete]")).hasSize(1);
		assertThat(Jsoup.parse(new Visitor(this.base).page("/")).select("footer a[href=/privacy]")).hasSize(1);
		assertThat(new Visitor(this.base).get("/privacy?deleted=no").statusCode()).as("another spelling")
			.isEqualTo(301);
	}

	private int rows(String id) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM visitor WHERE id = :id)
				     + (SELECT COUNT(*) FROM device WHERE visitor_id = :id)
				     + (SELECT COUNT(*) FROM step_progress WHERE visitor_id = :id)
				     + (SELECT COUNT(*) FROM visitor_skill WHERE visitor_id = :id)""")
			.param("id", id)
			.query(Long.class)
			.single()
			.intValue();
	}

	private static final String CHECK_REMEMBER = "/skills/check/remember?have=python";

}
