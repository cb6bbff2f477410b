package dev.mlcareers.portal.role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role page's JSON-LD: valid JSON in one data block, schema.org types with
 * properties of those types only and values of the kinds they take, the properties an
 * {@code Occupation}, a {@code MonetaryAmount} and a {@code BreadcrumbList} need, and the
 * same role, figures, breadcrumbs and documents as the page shows and the database holds.
 */
@ApplicationTest
class RoleStructuredDataTests {

	static final String PUBLIC = "http://localhost:8080";

	/** The schema.org properties each type used may have (schema.org, version 29). */
	static final Map<String, Set<String>> PROPERTIES = Map.of("Occupation",
			Set.of("@type", "@id", "name", "description", "url", "occupationLocation", "estimatedSalary", "skills",
					"educationRequirements", "responsibilities", "qualifications", "citation"),
			"MonetaryAmount", Set.of("@type", "name", "description", "currency", "value"), "QuantitativeValue",
			Set.of("@type", "value", "minValue", "maxValue", "unitText"), "Country", Set.of("@type", "name"),
			"AdministrativeArea", Set.of("@type", "name"), "EducationalOccupationalCredential",
			Set.of("@type", "name", "credentialCategory", "url", "recognizedBy"), "Organization",
			Set.of("@type", "name"), "Person", Set.of("@type", "name"), "CreativeWork",
			Set.of("@type", "name", "author", "publisher", "dateModified"), "BreadcrumbList",
			Set.of("@type", "itemListElement"));

	static final Pattern DATA_BLOCK = Pattern.compile("<script type=\"application/ld\\+json\">([^<]*)</script>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyRolePageDescribesItsOccupationAsThePageDoes() {
		List<String> roles = this.jdbc.sql("SELECT slug FROM role ORDER BY slug").query(String.class).list();
		Visitor visitor = new Visitor("http://localhost:" + this.port);
		int withPay = 0;
		for (String slug : roles) {
			String html = visitor.page("/roles/" + slug);
			Matcher block = DATA_BLOCK.matcher(html);
			assertThat(block.find()).as("a JSON-LD block on %s", slug).isTrue();
			JsonNode data = this.json.readTree(block.group(1));
			assertThat(block.find()).as("one JSON-LD block on %s", slug).isFalse();
			assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
			List<JsonNode> graph = new ArrayList<>();
			data.get("@graph").forEach(graph::add);
			assertThat(graph).extracting((node) -> node.get("@type").asString())
				.containsExactly("Occupation", "BreadcrumbList");
			JsonNode occupation = graph.get(0);
			checkTypes(occupation, slug);
			Document page = Jsoup.parse(html);

			assertThat(occupation.get("name").asString()).isEqualTo(page.selectFirst("h1").text());
			assertThat(occupation.get("description").asString()).isEqualTo(page.selectFirst(".lead").text());
			assertThat(occupation.get("url").asString()).isEqualTo(PUBLIC + "/roles/" + slug);

			List<Map<String, Object>> bands = this.jdbc
				.sql("SELECT currency, statistic, min_amount, max_amount, open_top FROM salary_band WHERE role_slug = ?"
						+ " ORDER BY position")
				.param(slug)
				.query()
				.listOfRows();
			JsonNode salaries = occupation.get("estimatedSalary");
			if (bands.isEmpty()) {
				assertThat(salaries).as("no pay for %s", slug).isNull();
				assertThat(occupation.get("occupationLocation")).isNull();
			}
			else {
				withPay++;
				assertThat(salaries.size()).as("pay figures of %s", slug).isEqualTo(bands.size());
				assertThat(page.select("#pay tbody tr")).hasSize(bands.size());
				List<String> expected = bands.stream().map(RoleStructuredDataTests::figure).sorted().toList();
				List<String> given = new ArrayList<>();
				salaries.forEach((salary) -> {
					assertThat(salary.get("currency").asString()).matches("[A-Z]{3}");
					JsonNode value = salary.get("value");
					assertThat(value.get("unitText").asString()).isEqualTo("YEAR");
					given.add(salary.get("currency").asString() + " " + number(value.get("value")) + " "
							+ number(value.get("minValue")) + " " + number(value.get("maxValue")));
				});
				assertThat(given.stream().sorted().toList()).as("the figures of %s", slug).isEqualTo(expected);
				assertThat(occupation.get("occupationLocation").size()).isBetween(1, 3);
			}

			List<String> skills = page.select("#skills li a[href^=/skills/]").eachText();
			if (occupation.has("skills")) {
				occupation.get("skills").forEach((skill) -> assertThat(skills).contains(skill.asString()));
			}
			List<String> certifications = page.select("a[href^=/certifications/]").eachText();
			if (occupation.has("qualifications")) {
				occupation.get("qualifications")
					.forEach((credential) -> assertThat(certifications).contains(credential.get("name").asString()));
			}
			assertThat(occupation.get("citation").size()).as("the documents %s cites", slug).isPositive();
			List<String> titles = this.jdbc.sql("SELECT COALESCE(headline, label) FROM source")
				.query(String.class)
				.list();
			occupation.get("citation").forEach((work) -> {
				assertThat(work.get("name").isString()).as("a cited document's name on %s", slug).isTrue();
				assertThat(titles).as(slug).contains(work.get("name").asString());
			});

			JsonNode breadcrumbs = graph.get(1);
			checkTypes(breadcrumbs, slug);
			List<Element> crumbs = page.select("nav.breadcrumb li");
			assertThat(breadcrumbs.get("itemListElement").size()).isEqualTo(crumbs.size());
			for (int i = 0; i < crumbs.size(); i++) {
				JsonNode item = breadcrumbs.get("itemListElement").get(i);
				assertThat(item.get("@type").asString()).isEqualTo("ListItem");
				assertThat(item.get("position").asInt()).isEqualTo(i + 1);
				assertThat(item.get("name").asString()).isEqualTo(crumbs.get(i).text());
				assertThat(item.get("item").asString()).startsWith(PUBLIC + "/");
			}
		}
		assertThat(withPay).as("roles with pay figures").isPositive();
	}

	/** Checks each object's type is one we use, with only that type's properties. */
	private static void checkTypes(JsonNode node, String slug) {
		if (node.isArray()) {
			node.forEach((item) -> checkTypes(item, slug));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.has("@type") && !"ListItem".equals(node.get("@type").asString())) {
			String type = node.get("@type").asString();
			assertThat(PROPERTIES).as("a type of %s", slug).containsKey(type);
			node.propertyNames()
				.forEach((name) -> assertThat(PROPERTIES.get(type)).as("%s.%s on %s", type, name, slug).contains(name));
			if ("QuantitativeValue".equals(type) && node.has("minValue") && node.has("maxValue")) {
				assertThat(node.get("minValue").decimalValue())
					.isLessThanOrEqualTo(node.get("maxValue").decimalValue());
			}
		}
		node.forEach((child) -> checkTypes(child, slug));
	}

	private static String figure(Map<String, Object> band) {
		boolean average = "average".equals(band.get("statistic"));
		String min = plain((BigDecimal) band.get("min_amount"));
		String max = Boolean.TRUE.equals(band.get("open_top")) ? "-" : plain((BigDecimal) band.get("max_amount"));
		return band.get("currency") + " " + (average ? min : "-") + " " + (average ? "-" : min) + " "
				+ (average ? "-" : max);
	}

	private static String number(JsonNode node) {
		return (node == null) ? "-" : plain(node.decimalValue());
	}

	private static String plain(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

}
