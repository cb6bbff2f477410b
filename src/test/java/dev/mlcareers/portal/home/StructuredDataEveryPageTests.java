package dev.mlcareers.portal.home;

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

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the sitemap, read as a crawler reads it: its JSON-LD, where it has any,
 * is one valid block of schema.org types with the properties each type allows and values
 * of the right kinds; and every page with breadcrumbs says them as a
 * {@code BreadcrumbList} that agrees with the navigation it shows, name for name and
 * address for address. (What each type says about the page's figures and lists is checked
 * against the page and the database in RoleStructuredDataTests, IndexStructuredDataTests
 * and SalaryStructuredDataTests.)
 */
@ApplicationTest
class StructuredDataEveryPageTests {

	static final String PUBLIC = "http://localhost:8080";

	static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

	/**
	 * The properties each type may have here; the ones it must have are checked below.
	 */
	static final Set<String> KEYWORDS = Set.of("@type", "@id");

	static final Map<String, Set<String>> PROPERTIES = Map.of("BreadcrumbList", Set.of("@type", "itemListElement"),
			"ListItem", Set.of("@type", "position", "name", "item"), "ItemList",
			Set.of("@type", "name", "numberOfItems", "itemListElement"), "Occupation",
			Set.of("@type", "name", "description", "url", "occupationLocation", "estimatedSalary", "skills",
					"educationRequirements", "responsibilities", "qualifications", "citation", "occupationalCategory",
					"experienceRequirements", "mainEntityOfPage", "sameAs", "alternateName"),
			"Dataset", Set.of("@type", "name", "description", "url", "creator", "isBasedOn", "distribution",
					"dateModified", "license", "keywords", "variableMeasured", "temporalCoverage", "spatialCoverage"));

	@LocalServerPort
	int port;

	@Test
	void everyPagesStructuredDataIsValidSchemaOrgAndItsBreadcrumbsAgreeWithThePage() {
		Visitor crawler = new Visitor("http://localhost:" + this.port);
		Matcher loc = LOC.matcher(crawler.page("/sitemap.xml"));
		List<String> paths = new ArrayList<>();
		while (loc.find()) {
			paths.add(loc.group(1).substring(PUBLIC.length()));
		}
		assertThat(paths).hasSizeGreaterThan(100);
		int withBreadcrumbs = 0;
		for (String path : paths) {
			Document page = Jsoup.parse(crawler.page(path), PUBLIC + path);
			List<Element> blocks = page.select("script[type=application/ld+json]");
			Element nav = page.selectFirst("nav.breadcrumb");
			assertThat(blocks.size()).as("JSON-LD blocks on %s", path).isLessThanOrEqualTo(1);
			if (nav != null) {
				assertThat(blocks).as("JSON-LD on %s, which has breadcrumbs", path).hasSize(1);
			}
			if (blocks.isEmpty()) {
				continue;
			}
			JsonNode data = JsonMapper.builder().build().readTree(blocks.get(0).data());
			assertThat(data.get("@context").asString()).as(path).isEqualTo("https://schema.org");
			assertThat(data.propertyNames()).as(path).containsExactlyInAnyOrder("@context", "@graph");
			List<JsonNode> breadcrumbLists = new ArrayList<>();
			for (JsonNode node : data.get("@graph")) {
				String type = node.get("@type").asString();
				assertThat(PROPERTIES).as("a type used on %s", path).containsKey(type);
				assertThat(node.propertyNames()).as("%s on %s", type, path)
					.allMatch((name) -> KEYWORDS.contains(name) || PROPERTIES.get(type).contains(name));
				assertThat(node.get("name") == null || node.get("name").isString()).as("%s name on %s", type, path)
					.isTrue();
				if ("BreadcrumbList".equals(type)) {
					breadcrumbLists.add(node);
				}
				if ("Occupation".equals(type)) {
					assertThat(node.get("name").asString()).as(path).isNotBlank();
					assertThat(node.get("url").asString()).as(path).isEqualTo(PUBLIC + path);
				}
				if ("Dataset".equals(type)) {
					assertThat(node.get("description").asString()).as(path).isNotBlank();
					assertThat(node.get("url").asString()).as(path).isEqualTo(PUBLIC + path);
				}
			}
			if (nav == null) {
				assertThat(breadcrumbLists).as("breadcrumbs on %s, which shows none", path).isEmpty();
				continue;
			}
			withBreadcrumbs++;
			assertThat(breadcrumbLists).as("one BreadcrumbList on %s", path).hasSize(1);
			List<Element> shown = nav.select("li");
			JsonNode items = breadcrumbLists.get(0).get("itemListElement");
			assertThat(items.size()).as("breadcrumbs of %s", path).isEqualTo(shown.size());
			for (int i = 0; i < shown.size(); i++) {
				JsonNode item = items.get(i);
				assertThat(item.get("@type").asString()).isEqualTo("ListItem");
				assertThat(item.propertyNames()).allMatch(PROPERTIES.get("ListItem")::contains);
				assertThat(item.get("position").isInt()).as(path).isTrue();
				assertThat(item.get("position").asInt()).as(path).isEqualTo(i + 1);
				assertThat(item.get("name").asString()).as("breadcrumb %d of %s", i + 1, path)
					.isEqualTo(shown.get(i).text());
				Element link = shown.get(i).selectFirst("a");
				String expected = (link != null) ? PUBLIC + link.attr("href") : PUBLIC + path;
				assertThat(item.get("item").asString()).as("breadcrumb %d of %s", i + 1, path).isEqualTo(expected);
			}
		}
		assertThat(withBreadcrumbs).as("pages with breadcrumbs").isGreaterThan(100);
	}

}
