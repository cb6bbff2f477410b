package dev.mlcareers.portal.roadmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link between a roadmap step and a skill, a certification or a role, as the whole
 * application renders it on both ends: a link a document makes stands in the page's main
 * list with its citation; a link that is the portal's suggestion stands only in the list
 * under the "Our suggestion" label. Driven by the migrated rows, so a new link is checked
 * without a new test.
 */
@ApplicationTest
class EditorialLinksRenderedTests {

	static final String ROADMAP = "/roadmaps/machine-learning-engineer";

	record Link(int step, String slug, boolean editorial) {

	}

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, Document> pages = new HashMap<>();

	@Test
	void stepSkillLinksAreMarkedOnTheStepAndOnTheSkill() {
		for (Link link : links("roadmap_step_skill", "skill_slug")) {
			assertMarked(stepPage(link.step()), "/skills/" + link.slug(), link);
			assertMarked(page("/skills/" + link.slug()), ROADMAP + "/steps/" + link.step(), link);
		}
	}

	@Test
	void stepCertificationLinksAreMarkedOnTheStepAndOnTheCertification() {
		for (Link link : links("roadmap_step_certification", "certification_slug")) {
			assertMarked(stepPage(link.step()), "/certifications/" + link.slug(), link);
			assertMarked(page("/certifications/" + link.slug()), ROADMAP + "/steps/" + link.step(), link);
		}
	}

	@Test
	void stepRoleLinksAreMarkedOnTheStepAndOnTheRole() {
		List<Link> links = links("roadmap_step_role", "role_slug");
		assertThat(links).anyMatch((link) -> !link.editorial()).anyMatch(Link::editorial);
		for (Link link : links) {
			assertMarked(stepPage(link.step()), "/roles/" + link.slug(), link);
			assertMarked(page("/roles/" + link.slug()), ROADMAP + "/steps/" + link.step(), link);
		}
	}

	@Test
	void aCertificationsOtherRolesAreOurSuggestion() {
		for (String slug : this.jdbc.sql("SELECT slug FROM certification").query(String.class).list()) {
			Element roles = section(page("/certifications/" + slug), "roles-heading");
			Element listed = roles.selectFirst("ul:not(.editorial) a[href=\"/roles/machine-learning-engineer\"]");
			assertThat(listed).as("%s: the role its document lists it for", slug).isNotNull();
			assertThat(listed.nextElementSibling()).as("%s: its citation", slug).isNotNull();
			assertThat(listed.nextElementSibling().attr("href")).startsWith("/sources#");
			assertThat(roles.select("ul:not(.editorial) a[href^=\"/roles/\"]")).hasSize(1);
		}
	}

	private List<Link> links(String table, String column) {
		List<Link> links = this.jdbc
			.sql("SELECT s.number, l." + column + ", l.editorial FROM " + table
					+ " l JOIN roadmap_step s ON s.id = l.step_id ORDER BY s.number")
			.query((rs, row) -> new Link(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
			.list();
		assertThat(links).isNotEmpty();
		return links;
	}

	/**
	 * The link to the target is in an editorial list exactly when it is editorial, and a
	 * document's link carries its citation right after it.
	 */
	private static void assertMarked(Document page, String target, Link link) {
		List<Element> anchors = page.select("main a[href=\"" + target + "\"]");
		assertThat(anchors).as("%s on %s", target, page.location()).isNotEmpty();
		for (Element anchor : anchors) {
			Element list = anchor.closest("ul");
			assertThat(list).as("%s on %s sits in a list", target, page.location()).isNotNull();
			if (link.editorial()) {
				assertThat(list.hasClass("editorial")).as("%s on %s is our suggestion", target, page.location())
					.isTrue();
				Element label = list.previousElementSibling();
				assertThat(label).isNotNull();
				assertThat(label.text()).isEqualTo("Our suggestion, not from the documents:");
			}
			else {
				assertThat(list.hasClass("editorial")).as("%s on %s is a document's", target, page.location())
					.isFalse();
				Element cite = anchor.nextElementSibling();
				assertThat(cite).as("%s on %s is cited", target, page.location()).isNotNull();
				assertThat(cite.attr("href")).matches("(/sources#|#src-).+");
			}
		}
	}

	private static Element section(Document page, String headingId) {
		Element heading = page.getElementById(headingId);
		assertThat(heading).isNotNull();
		return heading.parent();
	}

	private Document stepPage(int number) {
		return page(ROADMAP + "/steps/" + number);
	}

	private Document page(String path) {
		return this.pages.computeIfAbsent(path, (key) -> Jsoup.parse(Pages.html(this.client, key, 200), key));
	}

}
