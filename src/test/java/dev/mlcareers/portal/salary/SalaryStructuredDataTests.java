package dev.mlcareers.portal.salary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A salary comparison's JSON-LD: a {@code Dataset} named as the page is, at its canonical
 * address, with the page's own CSV as its distribution, based on exactly the documents
 * the role's figures come from and, when converted, the publications of the rates used.
 */
@ApplicationTest
class SalaryStructuredDataTests {

	static final String PUBLIC = "http://localhost:8080";

	static final Pattern DATA_BLOCK = Pattern.compile("<script type=\"application/ld\\+json\">([^<]*)</script>");

	static final Set<String> DATASET = Set.of("@type", "name", "description", "url", "creator", "isBasedOn",
			"distribution");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "'', machine-learning-engineer, local", "?basis=ppp, machine-learning-engineer, ppp",
			"?role=data-scientist&basis=market, data-scientist, market" })
	void describesTheComparisonAsADatasetWithItsCsv(String query, String role, String basis) {
		String path = "/salaries" + query;
		String html = new Visitor("http://localhost:" + this.port).page(path);
		Matcher block = DATA_BLOCK.matcher(html);
		assertThat(block.find()).as("a JSON-LD block on %s", path).isTrue();
		JsonNode data = JsonMapper.builder().build().readTree(block.group(1));
		assertThat(block.find()).as("one JSON-LD block on %s", path).isFalse();
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		JsonNode dataset = data.get("@graph").get(0);
		assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
		assertThat(dataset.propertyNames()).allMatch(DATASET::contains);
		Document page = Jsoup.parse(html);
		assertThat(page.title()).isEqualTo(dataset.get("name").asString() + " · ML Careers Portal");
		assertThat(dataset.get("description").asString())
			.isEqualTo(page.selectFirst("meta[name=description]").attr("content"))
			.hasSizeGreaterThanOrEqualTo(50);
		assertThat(dataset.get("url").asString()).isEqualTo(PUBLIC + path)
			.isEqualTo(page.selectFirst("link[rel=canonical]").attr("href"));
		JsonNode download = dataset.get("distribution").get(0);
		assertThat(download.get("@type").asString()).isEqualTo("DataDownload");
		assertThat(download.get("encodingFormat").asString()).isEqualTo("text/csv");
		assertThat(download.get("contentUrl").asString())
			.isEqualTo(PUBLIC + page.selectFirst("a[href^=/salaries.csv]").attr("href"));

		List<String> expected = new ArrayList<>(this.jdbc
			.sql("SELECT COALESCE(s.headline, s.label) FROM source s "
					+ "WHERE s.id IN (SELECT source_id FROM salary_band WHERE role_slug = ?)")
			.param(role)
			.query(String.class)
			.list());
		if (!basis.equals("local")) {
			expected.addAll(this.jdbc
				.sql("SELECT DISTINCT publication FROM conversion_rate WHERE kind = ? AND currency IN "
						+ "(SELECT currency FROM salary_band WHERE role_slug = ?)")
				.params(basis, role)
				.query(String.class)
				.list());
		}
		List<String> basedOn = new ArrayList<>();
		dataset.get("isBasedOn").forEach((work) -> {
			assertThat(work.get("@type").asString()).isEqualTo("CreativeWork");
			basedOn.add(work.get("name").asString());
		});
		assertThat(basedOn).as("what %s is based on", path)
			.containsExactlyInAnyOrderElementsOf(expected)
			.allMatch((name) -> !name.isBlank());

		JsonNode breadcrumbs = data.get("@graph").get(1);
		assertThat(breadcrumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
		List<String> crumbs = page.select("nav.breadcrumb li").eachText();
		assertThat(breadcrumbs.get("itemListElement").size()).isEqualTo(crumbs.size());
		for (int i = 0; i < crumbs.size(); i++) {
			assertThat(breadcrumbs.get("itemListElement").get(i).get("name").asString()).isEqualTo(crumbs.get(i));
		}
	}

}
