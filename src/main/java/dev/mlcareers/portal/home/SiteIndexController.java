package dev.mlcareers.portal.home;

import java.net.URI;
import java.util.List;
import java.util.TreeSet;

import dev.mlcareers.portal.shared.ContentDates;
import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.shared.PublicPages;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What crawlers read first: {@code /robots.txt}, which lets them read the content, keeps
 * them out of forms, exports, visitors' own pages and parameter spaces, and names the
 * sitemap; and {@code /sitemap.xml} (sitemaps.org 0.9), every public page that features
 * list ({@link PublicPages}), at its canonical absolute address. Addresses come from
 * {@code portal.public-url}, never from the request. A page's {@code lastmod} is the day
 * the newest content version that changed it was published ({@link ContentDates}), never
 * the build's time; a page no content version made has none.
 */
@Controller
class SiteIndexController {

	/**
	 * Paths crawlers should not read, under the portal's public path: the forms and their
	 * confirmations, a visitor's exports, pairing, citation downloads, and the parameter
	 * spaces of the search, the check, the comparisons, the CSV and the API (each has a
	 * canonical page without parameters in the sitemap, or is data rather than a page).
	 */
	static final List<String> DISALLOWED = List.of("/pair", "/devices/", "/privacy/delete", "/skills/check/remember",
			"/skills/check?", "/roles/compare", "/salaries?", "/salaries.csv", "/search", "/roadmaps/*/progress.json",
			"/roadmaps/*/reset", "/roadmaps/*/import", "/roles/*/cite.", "/roadmaps/*/steps/*/cite.", "/salaries/cite.",
			"/api/", "/v3/api-docs", "/swagger-ui", "/actuator/");

	private final PublicAddress address;

	private final List<PublicPages> pages;

	private final ContentDates dates;

	SiteIndexController(PublicAddress address, List<PublicPages> pages, ContentDates dates) {
		this.address = address;
		this.pages = pages;
		this.dates = dates;
	}

	@GetMapping("/robots.txt")
	@SharedPage
	ResponseEntity<String> robots() {
		String base = URI.create(this.address.of("/")).getRawPath();
		String prefix = base.substring(0, base.length() - 1);
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		DISALLOWED.forEach((path) -> robots.append("Disallow: ").append(prefix).append(path).append('\n'));
		robots.append("Allow: ")
			.append(prefix)
			.append("/\n\nSitemap: ")
			.append(this.address.of("/sitemap.xml"))
			.append('\n');
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(robots.toString());
	}

	@GetMapping("/sitemap.xml")
	@SharedPage
	ResponseEntity<String> sitemap() {
		TreeSet<String> paths = new TreeSet<>();
		this.pages.forEach((feature) -> paths.addAll(feature.paths()));
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (String path : paths) {
			xml.append("  <url><loc>").append(escape(this.address.of(path))).append("</loc>");
			this.dates.contentAsOf(URI.create(path).getRawPath())
				.ifPresent((day) -> xml.append("<lastmod>").append(day).append("</lastmod>"));
			xml.append("</url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	/**
	 * The text as XML character data (sitemaps.org asks for entity-escaped addresses).
	 */
	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

}
