package dev.mlcareers.portal.home;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap lists every public page once, at the canonical absolute address the page
 * itself gives, and nothing private; robots.txt names it and keeps crawlers out of what
 * the sitemap leaves out; every page carries its canonical address, from configuration.
 */
@ApplicationTest
class SiteIndexTests {

	/** The default public address (application.properties). */
	static final String PUBLIC = "http://localhost:8080";

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final Pattern CONTENT_AS_OF = Pattern.compile("<p class=\"content-as-of\"><time datetime=\"([0-9-]+)\">");

	static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\">");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSitemapListsEveryPublicPageAtItsOwnCanonicalAddress() throws Exception {
		HttpResponse<String> response = visitor().get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		List<String> locations = locations(response.body());
		assertThat(locations).doesNotHaveDuplicates().allMatch((loc) -> loc.startsWith(PUBLIC + "/"));

		long roles = this.jdbc.sql("SELECT COUNT(*) FROM role").query(Long.class).single();
		long certifications = this.jdbc.sql("SELECT COUNT(*) FROM certification").query(Long.class).single();
		long steps = this.jdbc.sql("SELECT COUNT(*) FROM roadmap_step WHERE roadmap_slug = 'machine-learning-engineer'")
			.query(Long.class)
			.single();
		assertThat(locations).filteredOn((loc) -> loc.matches(PUBLIC + "/roles/[a-z0-9-]+")).hasSize((int) roles);
		assertThat(locations).filteredOn((loc) -> loc.matches(PUBLIC + "/certifications/[a-z0-9-]+"))
			.hasSize((int) certifications);
		assertThat(locations).filteredOn((loc) -> loc.contains("/steps/")).hasSize((int) steps);
		assertThat(locations).contains(PUBLIC + "/", PUBLIC + "/roles", PUBLIC + "/skills", PUBLIC + "/skills/python",
				PUBLIC + "/certifications", PUBLIC + "/salaries", PUBLIC + "/paths", PUBLIC + "/sources",
				PUBLIC + "/privacy", PUBLIC + "/skills/check", PUBLIC + "/roadmaps/machine-learning-engineer");
		assertThat(locations).noneMatch((loc) -> loc.contains("/pair") || loc.contains("/devices")
				|| loc.contains("/delete") || loc.contains("/search") || loc.contains("progress.json")
				|| loc.contains("/reset") || loc.contains("/api/") || loc.contains("?"));

		Map<String, String> lastModified = lastModified(response.body());
		assertThat(lastModified).as("lastmod")
			.containsEntry(PUBLIC + "/", "2026-11-24")
			.containsEntry(PUBLIC + "/roles/data-analyst", "2026-12-03")
			.containsEntry(PUBLIC + "/roadmaps/machine-learning-engineer/steps/11", "2026-12-04")
			.containsEntry(PUBLIC + "/paths", "2026-11-24")
			.containsEntry(PUBLIC + "/changes", "2026-12-04")
			.doesNotContainKey(PUBLIC + "/privacy");
		Visitor crawler = visitor();
		for (String location : locations) {
			String path = location.substring(PUBLIC.length());
			HttpResponse<String> page = crawler.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			Matcher canonical = CANONICAL.matcher(page.body());
			assertThat(canonical.find()).as("a canonical link on %s", path).isTrue();
			assertThat(canonical.group(1)).as("the canonical address of %s", path).isEqualTo(location);
			assertThat(canonical.find()).as("one canonical link on %s", path).isFalse();
			assertThat(page.body()).as(path).doesNotContain("name=\"robots\"");
			Matcher contentAsOf = CONTENT_AS_OF.matcher(page.body());
			assertThat(contentAsOf.find() ? contentAsOf.group(1) : null)
				.as("the content date %s shows, against its lastmod", path)
				.isEqualTo(lastModified.get(location));
		}
	}

	@Test
	void robotsNamesTheSitemapAndKeepsCrawlersOutOfWhatItLeavesOut() throws Exception {
		HttpResponse<String> response = visitor().get("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		String robots = response.body();
		assertThat(robots).startsWith("User-agent: *\n").contains("\nSitemap: " + PUBLIC + "/sitemap.xml\n");
		List<String> disallowed = robots.lines()
			.filter((line) -> line.startsWith("Disallow: "))
			.map((line) -> line.substring("Disallow: ".length()))
			.toList();
		for (String path : List.of("/pair", "/pair?code=7KQ2-M9XD", "/devices/code", "/privacy/delete",
				"/skills/check/remember?have=python", "/skills/check?have=python", "/search?q=python",
				"/roadmaps/machine-learning-engineer/progress.json", "/roadmaps/machine-learning-engineer/reset",
				"/api/v1/roles", "/salaries?basis=ppp", "/salaries.csv", "/roles/compare?roles=data-scientist",
				"/roles/data-analyst/cite.bib", "/roadmaps/machine-learning-engineer/steps/4/cite.ris",
				"/salaries/cite.txt?basis=ppp")) {
			assertThat(disallowed).as(path).anyMatch((rule) -> matches(rule, path));
		}
		for (String location : locations(visitor().get("/sitemap.xml").body())) {
			String path = location.substring(PUBLIC.length());
			assertThat(disallowed).as("%s is in the sitemap", path).noneMatch((rule) -> matches(rule, path));
		}
	}

	@Test
	void everyPageNamesItsCanonicalAddressFromConfiguration() {
		Visitor visitor = visitor();
		assertThat(canonical(visitor(), "/salaries?basis=ppp")).isEqualTo(PUBLIC + "/salaries?basis=ppp");
		assertThat(canonical(visitor(), "/skills/check?have=python&have=sql"))
			.isEqualTo(PUBLIC + "/skills/check?have=python&have=sql");
		assertThat(canonical(visitor(), "/roadmaps/machine-learning-engineer?saved=status"))
			.isEqualTo(PUBLIC + "/roadmaps/machine-learning-engineer?saved=status");
		HttpResponse<String> pair = visitor.send("GET", "/pair?code=7KQ2-M9XD", "", "text/plain");
		assertThat(pair.body()).contains("<link rel=\"canonical\" href=\"" + PUBLIC + "/pair\">",
				"<meta name=\"robots\" content=\"noindex\">");
	}

	private String canonical(Visitor visitor, String path) {
		Matcher canonical = CANONICAL.matcher(visitor.page(path));
		assertThat(canonical.find()).as(path).isTrue();
		return canonical.group(1).replace("&amp;", "&");
	}

	/**
	 * Whether a robots.txt rule (with {@code *} for any run of characters) covers the
	 * path.
	 */
	private static boolean matches(String rule, String path) {
		String regex = Pattern.quote(rule).replace("*", "\\E.*\\Q");
		return Pattern.compile(regex + ".*").matcher(path).matches();
	}

	private static List<String> locations(String xml) throws Exception {
		Document document = sitemap(xml);
		assertThat(document.getDocumentElement().getNamespaceURI())
			.isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
		NodeList locs = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			locations.add(locs.item(i).getTextContent());
		}
		return locations;
	}

	/** Each location's lastmod, where it has one. */
	private static Map<String, String> lastModified(String xml) throws Exception {
		NodeList urls = sitemap(xml).getElementsByTagNameNS(SITEMAP, "url");
		Map<String, String> lastModified = new HashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
			if (lastmod.getLength() > 0) {
				String day = lastmod.item(0).getTextContent();
				assertThat(day).as("a W3C date").matches("\\d{4}-\\d{2}-\\d{2}");
				lastModified.put(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent(), day);
			}
		}
		return lastModified;
	}

	/** The sitemap, parsed with its namespace, without external entities. */
	private static Document sitemap(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private Visitor visitor() {
		return new Visitor("http://localhost:" + this.port);
	}

}
