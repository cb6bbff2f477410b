package dev.mlcareers.portal.home;

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
 * The index pages' JSON-LD: an {@code ItemList} of every page the index lists, in its
 * order, at the addresses it links to, and the page's breadcrumbs, with schema.org types
 * and properties only.
 */
@ApplicationTest
class IndexStructuredDataTests {

	static final String PUBLIC = "http://localhost:8080";

	static final Pattern DATA_BLOCK = Pattern.compile("<script type=\"application/ld\\+json\">([^<]*)</script>");

	static final Set<String> ITEM_LIST = Set.of("@type", "name", "numberOfItems", "itemListElement");

	static final Set<String> LIST_ITEM = Set.of("@type", "position", "name", "item");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "/roles, role, /roles/", "/skills, skill, /skills/",
			"/certifications, certification, /certifications/" })
	void listsEveryPageTheIndexLinksToInItsOrder(String path, String table, String prefix) {
		String html = new Visitor("http://localhost:" + this.port).page(path);
		Matcher block = DATA_BLOCK.matcher(html);
		assertThat(block.find()).as("a JSON-LD block on %s", path).isTrue();
		JsonNode data = JsonMapper.builder().build().readTree(block.group(1));
		assertThat(block.find()).as("one JSON-LD block on %s", path).isFalse();
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		JsonNode list = data.get("@graph").get(0);
		JsonNode breadcrumbs = data.get("@graph").get(1);
		assertThat(list.get("@type").asString()).isEqualTo("ItemList");
		assertThat(list.propertyNames()).allMatch(ITEM_LIST::contains);
		assertThat(breadcrumbs.get("@type").asString()).isEqualTo("BreadcrumbList");

		long rows = this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
		assertThat(list.get("numberOfItems").asInt()).isEqualTo((int) rows)
			.isEqualTo(list.get("itemListElement").size());
		Set<String> slugs = Set.copyOf(this.jdbc.sql("SELECT slug FROM " + table).query(String.class).list());
		Document page = Jsoup.parse(html);
		List<String> linked = page.select("main a[href^=" + prefix + "]")
			.eachAttr("href")
			.stream()
			.filter((href) -> slugs.contains(href.substring(prefix.length())))
			.distinct()
			.toList();
		for (int i = 0; i < list.get("itemListElement").size(); i++) {
			JsonNode item = list.get("itemListElement").get(i);
			assertThat(item.propertyNames()).allMatch(LIST_ITEM::contains);
			assertThat(item.get("@type").asString()).isEqualTo("ListItem");
			assertThat(item.get("position").asInt()).isEqualTo(i + 1);
			assertThat(item.get("item").asString()).as("in the page's order").isEqualTo(PUBLIC + linked.get(i));
			assertThat(page.select("main a[href=" + linked.get(i) + "]").eachText())
				.contains(item.get("name").asString());
		}
		List<String> crumbs = page.select("nav.breadcrumb li").eachText();
		assertThat(breadcrumbs.get("itemListElement").size()).isEqualTo(crumbs.size());
		for (int i = 0; i < crumbs.size(); i++) {
			JsonNode crumb = breadcrumbs.get("itemListElement").get(i);
			assertThat(crumb.propertyNames()).allMatch(LIST_ITEM::contains);
			assertThat(crumb.get("name").asString()).isEqualTo(crumbs.get(i));
			assertThat(crumb.get("position").asInt()).isEqualTo(i + 1);
		}
		assertThat(breadcrumbs.get("itemListElement").get(crumbs.size() - 1).get("item").asString())
			.isEqualTo(PUBLIC + path);
	}

}
