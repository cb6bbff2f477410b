package dev.mlcareers.portal.skill;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skills check over the real content and database: the counts per document against
 * the documents' own lists (counted here in SQL, apart from the portal's code), the
 * address of a shared check, the refusals, and the skills a visitor remembers or learns
 * on the roadmap.
 */
@ApplicationTest
class SkillCheckTests {

	static final String CHECK = "/skills/check";

	/** Where a visitor confirms that a check's skills are theirs: it has the form. */
	static final String REMEMBER = CHECK + "/remember?have=python";

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	static final String STEP_3 = ROADMAP + "/steps/3";

	@Value("http://localhost:${local.server.port}")
	String base;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSharedCheckCountsEachDocumentsOwnListAndNamesTheMissingSkillsMostAskedFirst() {
		HttpResponse<String> answer = new Visitor(this.base).get(CHECK + "?have=python&have=pytorch&have=sql");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("mlc_"));
		assertThat(answer.headers().firstValue("Cache-Control")).as("the same for everyone: shared")
			.hasValue("no-cache, public");
		assertThat(answer.headers().allValues("Vary")).noneMatch((vary) -> vary.contains("Cookie"));
		assertThat(answer.headers().firstValue("ETag")).isPresent();
		Document page = Jsoup.parse(answer.body());
		List<String> rows = page.select("table.check-documents tbody tr").eachText();
		List<Map<String, Object>> lists = this.jdbc.sql("""
				SELECT s.citation_number AS number, COUNT(*) AS asked,
				       SUM(CASE WHEN rs.skill_slug IN ('python', 'pytorch', 'sql') THEN 1 ELSE 0 END) AS have
				FROM role_skill rs JOIN source s ON s.id = rs.source_id
				WHERE rs.role_slug = 'machine-learning-engineer'
				GROUP BY s.citation_number ORDER BY s.citation_number""").query().listOfRows();
		assertThat(rows).hasSize(lists.size());
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> list = lists.get(i);
			assertThat(rows.get(i)).startsWith("[" + list.get("number") + "]")
				.endsWith(((Number) list.get("have")).intValue() + " of " + ((Number) list.get("asked")).intValue());
		}
		long asked = this.jdbc
			.sql("SELECT COUNT(DISTINCT skill_slug) FROM role_skill WHERE role_slug = 'machine-learning-engineer'")
			.query(Long.class)
			.single();
		assertThat(page.selectFirst(".check-result .progress-count").text())
			.isEqualTo("You have 3 of the " + asked + " skills the documents list for this role");
		List<Element> missing = page.select("ol.check-missing > li");
		assertThat(missing).hasSize((int) asked - 3);
		List<Integer> named = new ArrayList<>();
		for (Element skill : missing) {
			named.add(skill.select(".cites a").size());
			assertThat(skill.selectFirst("a").attr("href")).startsWith("/skills/");
		}
		List<Integer> mostFirst = new ArrayList<>(named);
		mostFirst.sort(Collections.reverseOrder());
		assertThat(named).as("most-asked first").isEqualTo(mostFirst);
		assertThat(page.select("input[name=have][checked]")).extracting((box) -> box.attr("value"))
			.containsExactlyInAnyOrder("python", "pytorch", "sql");
		assertThat(page.text()).doesNotContain("(you said so)");
		assertThat(page.select("form[method=post]")).as("no form that posts, so no CSRF token").isEmpty();
		assertThat(page.select(".check-remember a").attr("href"))
			.isEqualTo(CHECK + "/remember?have=python&have=pytorch&have=sql");
		assertThat(page.select(".check-result a[href^=/roles/]")).as("the roles the documents tie no skill to")
			.isNotEmpty();
		List<Element> others = page.select(".check-other-roles > li");
		long withoutSkills = this.jdbc.sql("""
				SELECT COUNT(*) FROM role r
				WHERE NOT EXISTS (SELECT 1 FROM role_skill rs WHERE rs.role_slug = r.slug)""")
			.query(Long.class)
			.single();
		assertThat(others).hasSize((int) withoutSkills).allSatisfy((other) -> {
			assertThat(other.selectFirst(".card__meta").text()).as("its place on the ladder").isNotBlank();
			assertThat(other.select("p:not(.card__meta)").first().text()).as("what the work is").hasSizeGreaterThan(20);
			assertThat(other.select(".pay-brief li, .card__pay")).as("its pay, or that it is not known").isNotEmpty();
			assertThat(other.select(".pay-brief li"))
				.allSatisfy((pay) -> assertThat(pay.select(".cites a")).isNotEmpty());
		});
		Element scientist = page.select(".check-other-roles > li:has(a[href=/roles/data-scientist])").first();
		long scientistRegions = this.jdbc
			.sql("SELECT COUNT(DISTINCT region) FROM salary_band WHERE role_slug = 'data-scientist'")
			.query(Long.class)
			.single();
		assertThat(scientist.select(".pay-brief > li")).hasSize((int) scientistRegions);
		assertThat(page
			.select(".check-result a[href=/roles/compare?roles=machine-learning-engineer&roles=data-scientist]"))
			.as("each beside the role checked, at the comparison's one address")
			.hasSize(1);
	}

	@Test
	void aCheckHasOneAddressTheFormsOrderWithEachSkillOnce() {
		HttpResponse<String> answer = new Visitor(this.base).follow("GET",
				CHECK + "?have=sql&have=python&have=&u=1&have=sql", "text/html");
		assertThat(answer.uri().toString()).endsWith(CHECK + "?have=python&have=sql");
		assertThat(new Visitor(this.base).follow("GET", CHECK + "?have=&have=", "text/html").uri().toString())
			.endsWith(CHECK);
	}

	@Test
	void refusesAnUnknownSkillNamingTheParameterAndLinkingToTheFormWithoutRepeatingTheValue() {
		HttpResponse<String> answer = new Visitor(this.base).get(CHECK + "?have=python&have=%3Cb%3Emadeup%3C%2Fb%3E");
		assertThat(answer.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("main").text()).contains("“have”").doesNotContain("madeup");
		assertThat(answer.body()).doesNotContain("madeup");
		assertThat(page.select("main a[href=/skills/check]").eachText()).contains("Back to the form");
	}

	@Test
	void refusesMoreValuesThanThereAreSkills() {
		long skills = this.jdbc.sql("SELECT COUNT(*) FROM skill").query(Long.class).single();
		String query = String.join("&", Collections.nCopies((int) skills + 1, "have=python"));
		HttpResponse<String> answer = new Visitor(this.base).get(CHECK + "?" + query);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(answer.body()).selectFirst("main").text())
			.contains("“have” takes at most " + skills + " values");
	}

	@Test
	void asksBeforeRememberingAndKeepsItsFormPrivate() {
		Visitor visitor = new Visitor(this.base);
		HttpResponse<String> answer = visitor.get(CHECK + "/remember?have=sql&have=python");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(answer.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("mlc_"));
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Remember these skills as yours?");
		assertThat(page.select(".remember-skills li").eachText()).containsExactly("Python", "SQL");
		assertThat(page.select("form.check-remember input[type=hidden][name=have]"))
			.extracting((field) -> field.attr("value"))
			.containsExactly("python", "sql");
		assertThat(page.select("form.check-remember input[name=_csrf]")).hasSize(1);
		assertThat(page.select("main a[href=/skills/check?have=python&have=sql]")).isNotEmpty();

		assertThat(visitor.get(CHECK + "/remember?have=python&have=%3Cb%3Emadeup").statusCode()).isEqualTo(400);
		HttpResponse<String> none = visitor.get(CHECK + "/remember");
		assertThat(none.statusCode()).isEqualTo(302);
		assertThat(none.headers().firstValue("Location")).hasValue(CHECK);
	}

	@Test
	void remembersTheTickedSkillsAndCountsTheSkillsOfAStepMarkedDoneApart() {
		Visitor visitor = new Visitor(this.base);
		HttpResponse<String> saved = remember(visitor, "python", "sql");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValue(CHECK + "?remembered=yes");
		Document own = Jsoup.parse(visitor.page(CHECK + "?remembered=yes"));
		assertThat(own.selectFirst("[role=status]").text()).isEqualTo("Your skills are saved in this browser.");
		assertThat(own.select("input[name=have][checked]")).extracting((box) -> box.attr("value"))
			.containsExactlyInAnyOrder("python", "sql");
		assertThat(own.select(".check-held li").eachText()).anyMatch((held) -> held.startsWith("Python (you said so)"));

		assertThat(visitor.submit(STEP_3, STEP_3 + "/progress", Map.of("status", "done")).statusCode()).isEqualTo(302);
		Document learned = Jsoup.parse(visitor.page(CHECK));
		assertThat(learned.select(".check-held li").eachText())
			.anyMatch((held) -> held.startsWith("Calculus (learned on the roadmap, step 3)"))
			.anyMatch((held) -> held.startsWith("Python (you said so)"));
		Element calculus = learned.getElementById("have-calculus");
		assertThat(calculus.hasAttr("checked")).isTrue();
		assertThat(calculus.hasAttr("disabled")).as("learned, not said: not sent as said").isTrue();

		Document overview = Jsoup.parse(visitor.page(ROADMAP));
		List<String> next = overview.select("#next-steps li").eachText();
		assertThat(next).as("the first steps left that teach a skill the visitor lacks").hasSize(3);
		assertThat(next).noneMatch((step) -> step.startsWith("Step 3:"))
			.noneMatch((step) -> step.contains("Python,") || step.endsWith("Python"));

		assertThat(visitor.submit(STEP_3, STEP_3 + "/progress", Map.of("status", "in-progress")).statusCode())
			.isEqualTo(302);
		Document undone = Jsoup.parse(visitor.page(CHECK));
		assertThat(undone.select(".check-held li").eachText()).noneMatch((held) -> held.startsWith("Calculus"))
			.anyMatch((held) -> held.startsWith("Python (you said so)"));

		assertThat(visitor.submit(CHECK, CHECK, Map.of()).statusCode()).as("forget").isEqualTo(302);
		assertThat(Jsoup.parse(visitor.page(CHECK)).select(".check-result")).isEmpty();
		assertThat(visitor.page(STEP_3)).contains("Status: In progress");
	}

	@Test
	void keepsNothingForAVisitorWhoRemembersNoSkill() {
		long visitors = this.jdbc.sql("SELECT COUNT(*) FROM visitor").query(Long.class).single();
		Visitor visitor = new Visitor(this.base);
		assertThat(visitor.submit(REMEMBER, CHECK, Map.of()).statusCode()).isEqualTo(302);
		assertThat(visitor.hasCookie("mlc_visitor")).isFalse();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM visitor").query(Long.class).single()).isEqualTo(visitors);
	}

	@Test
	void refusesToRememberAnUnknownSkill() {
		Visitor visitor = new Visitor(this.base);
		HttpResponse<String> refused = remember(visitor, "python", "madeup");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(visitor.hasCookie("mlc_visitor")).isFalse();
	}

	@Test
	void anExportCarriesTheSkillsToAnotherBrowserAndAFileOfTheFirstFormatLeavesThem() {
		Visitor laptop = new Visitor(this.base);
		remember(laptop, "python", "sql");
		HttpResponse<String> export = laptop.get(ROADMAP + "/progress.json");
		assertThat(export.body()).contains("\"format\" : 2", "\"skill\" : \"python\"", "\"skill\" : \"sql\"");

		Visitor phone = new Visitor(this.base);
		remember(phone, "git");
		assertThat(importFile(phone, export.body()).statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(phone.page(CHECK)).select("input[name=have][checked]"))
			.extracting((box) -> box.attr("value"))
			.containsExactlyInAnyOrder("python", "sql");

		String firstFormat = """
				{"format": 1, "roadmap": "machine-learning-engineer", "title": "Machine Learning Engineer roadmap",
				 "exportedAt": "2026-11-24T10:00:00Z", "steps": [{"step": 2, "title": "Learn Python", "status": "done"}]}""";
		assertThat(importFile(phone, firstFormat).statusCode()).isEqualTo(302);
		assertThat(phone.page(ROADMAP + "/steps/2")).contains("Status: Done");
		assertThat(Jsoup.parse(phone.page(CHECK)).select("input[name=have][checked]:not([disabled])"))
			.extracting((box) -> box.attr("value"))
			.containsExactlyInAnyOrder("python", "sql");
	}

	private static HttpResponse<String> importFile(Visitor visitor, String json) {
		String boundary = "----portal-test-boundary";
		String body = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"progress.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
		return visitor.send("POST", ROADMAP + "/import?_csrf=" + visitor.csrfToken(ROADMAP), body,
				"multipart/form-data; boundary=" + boundary);
	}

	private static HttpResponse<String> remember(Visitor visitor, String... skills) {
		StringBuilder body = new StringBuilder("_csrf=" + visitor.csrfToken(REMEMBER));
		for (String skill : skills) {
			body.append("&have=").append(skill);
		}
		return visitor.send("POST", CHECK, body.toString(), "application/x-www-form-urlencoded");
	}

}
