package dev.mlcareers.portal.shared;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.HtmlValidator;
import dev.mlcareers.portal.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Cite this page" on a role page, a roadmap step and a salary comparison (for its exact
 * query): the reference on the page, and downloads as plain text, BibTeX and RIS that
 * carry the canonical address, the content date, today's date and the works the page is
 * based on; never kept, and never a visitor's own progress.
 */
@ApplicationTest
class CitationApplicationTests {

	static final String PUBLIC = "http://localhost:8080";

	static final String STEP = "/roadmaps/machine-learning-engineer/steps/4";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/roles/data-analyst | /roles/data-analyst/cite | Data Analyst: the work, skills, pay and career path | 3 December 2026",
			STEP + " | " + STEP
					+ "/cite | Step 4: Handle and explore data · Machine Learning Engineer roadmap | 4 December 2026",
			"/salaries?basis=ppp | /salaries/cite | Machine Learning Engineer pay by region and experience, in international dollars | 24 November 2026" })
	void thePageShowsItsReferenceAndLinksToItsDownloads(String path, String downloads, String title, String asOf) {
		String html = visitor().page(path);
		HtmlValidator.assertValid(html, path);
		Document page = Jsoup.parse(html);
		String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
		assertThat(page.select("#cite .citation__text").text()).isEqualTo(
				title + ". ML Careers Portal (content as of " + asOf + "). Available at: " + PUBLIC + path + ".");
		assertThat(page.select("#cite a[download]").eachAttr("href")).containsExactly(downloads + ".txt" + query,
				downloads + ".bib" + query, downloads + ".ris" + query);
		assertThat(page.select("#cite li:not(:has(a))").eachText()).isNotEmpty().allMatch((work) -> work.endsWith("."));
	}

	@Test
	void aRolePagesCitationListsTheDocumentsThePageCitesByTheirTitles() {
		Document page = Jsoup.parse(visitor().page("/roles/machine-learning-engineer"));
		List<String> expected = new ArrayList<>();
		for (String href : page.select("ol.sources-list a").eachAttr("href")) {
			String id = href.substring(href.indexOf('#') + 1);
			expected.add(this.jdbc.sql("SELECT COALESCE(headline, label) FROM source WHERE id = ?")
				.param(id)
				.query(String.class)
				.single());
		}
		assertThat(expected).hasSize(5);
		List<String> works = page.select("#cite li:not(:has(a))").eachText();
		assertThat(works).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(works.get(i)).contains(expected.get(i));
		}
		String text = visitor().get("/roles/machine-learning-engineer/cite.txt").body();
		expected.forEach((title) -> assertThat(text).contains(title));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/roles/data-analyst/cite | /roles/data-analyst | role-data-analyst",
			STEP + "/cite | " + STEP + " | step-4-machine-learning-engineer", "/salaries/cite | /salaries | salaries",
			"/salaries/cite?basis=ppp | /salaries?basis=ppp | salaries-basis-ppp",
			"/salaries/cite?level=entry&basis=market&role=data-scientist | /salaries?role=data-scientist&basis=market&level=entry | salaries-role-data-scientist-basis-market-level-entry" })
	void downloadsCarryTheCanonicalAddressTheDatesAndTheWorksAndAreNeverKept(String download, String canonical,
			String file) {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		int query = download.indexOf('?');
		Map<String, String> types = Map.of("txt", "text/plain", "bib", "application/x-bibtex", "ris",
				"application/x-research-info-systems");
		for (Map.Entry<String, String> format : types.entrySet()) {
			String address = at(download, query, format.getKey());
			HttpResponse<String> response = visitor().get(address);
			assertThat(response.statusCode()).as(address).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(address)
				.startsWith(format.getValue());
			assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).as(address)
				.isEqualTo("attachment; filename=\"" + file + "." + format.getKey() + "\"");
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(address).contains("no-store");
			assertThat(response.body()).as(address).contains(PUBLIC + canonical);
		}
		String bib = visitor().get(at(download, query, "bib")).body();
		assertThat(bib).startsWith("@misc{mlcareers-" + file + ",").contains("urldate = {" + today + "}");
		String ris = visitor().get(at(download, query, "ris")).body();
		assertThat(ris).startsWith("TY  - ELEC\r\n").contains("Y2  - " + today.replace('-', '/') + "\r\n");
		assertThat(ris.split("\r\n")).filteredOn((line) -> line.startsWith("TY  - "))
			.hasSameSizeAs(List.of(ris.split("\r\n")).stream().filter((line) -> line.equals("ER  - ")).toList());
	}

	@Test
	void aStepsCitationIsTheStepAsEveryoneSeesItNeverTheVisitorsNote() {
		Visitor visitor = visitor();
		visitor.submit(STEP, STEP + "/note", Map.of("note", "My private plan for pandas"));
		assertThat(visitor.page(STEP)).contains("My private plan for pandas");
		for (String format : List.of("txt", "bib", "ris")) {
			assertThat(visitor.get(STEP + "/cite." + format).body()).doesNotContain("private plan");
		}
		assertThat(Jsoup.parse(visitor.page(STEP)).select("#cite").text()).doesNotContain("private plan");
	}

	@Test
	void anUnknownFormatPageOrComparisonIsRefusedInTheLayout() {
		Visitor visitor = visitor();
		for (String address : List.of("/roles/data-analyst/cite.pdf", "/roles/data-analyst/cite.BIB",
				"/roles/no-such-role/cite.bib", STEP.replace("/4", "/13") + "/cite.txt", "/salaries/cite.doc")) {
			HttpResponse<String> response = visitor.get(address);
			assertThat(response.statusCode()).as(address).isEqualTo(404);
			assertThat(response.body()).as(address).contains("class=\"site-nav\"");
		}
		HttpResponse<String> refused = visitor.get("/salaries/cite.bib?basis=%3Cscript%3E");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).doesNotContain("<script>");
	}

	private static String at(String download, int query, String extension) {
		return (query < 0) ? download + "." + extension
				: download.substring(0, query) + "." + extension + download.substring(query);
	}

	private Visitor visitor() {
		return new Visitor("http://localhost:" + this.port);
	}

}
