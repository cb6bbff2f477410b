package dev.mlcareers.portal.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.HtmlValidator;
import dev.mlcareers.portal.support.Pages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, served by the whole application: valid HTML by the Nu Html Checker,
 * a unique title and description, and no link to a page that does not exist.
 */
@ApplicationTest
class PageValidityTests {

	/** A link within the site: its path and query, without the fragment. */
	static final Pattern INTERNAL_LINK = Pattern.compile("href=\"(/[^\"#]*)[^\"]*\"");

	/**
	 * A link to a place in the same page: a citation, a skip link, a table of contents.
	 */
	static final Pattern IN_PAGE_LINK = Pattern.compile("href=\"#([^\"]+)\"");

	@Autowired
	RestTestClient client;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/roles", "/roles/machine-learning-engineer", "/roles/technical-director",
			"/roles/data-scientist", "/skills", "/skills/python", "/skills/adaptability", "/certifications",
			"/certifications/google-professional-machine-learning-engineer",
			"/certifications/tensorflow-developer-certificate", "/sources", "/salaries",
			"/salaries?role=data-scientist&regions=us&basis=ppp", "/salaries?basis=market&level=senior",
			"/salaries?role=technical-director", "/roadmaps/machine-learning-engineer",
			"/roadmaps/machine-learning-engineer/steps/1", "/roadmaps/machine-learning-engineer/steps/12",
			"/roadmaps/machine-learning-engineer/reset", "/paths", "/search", "/search?q=python",
			"/search?q=ml+engineer", "/search?q=zzzz", "/skills/check", "/skills/check?have=python&have=sql",
			"/skills/check/remember?have=python&have=sql", "/privacy", "/privacy?deleted=yes", "/privacy/delete",
			"/pair", "/pair?code=7KQ2-M9XD", "/roles/compare", "/roles/compare?roles=data-scientist",
			"/roles/compare?roles=machine-learning-engineer&roles=data-scientist&roles=technical-director&basis=market" })
	void isValidHtmlWithItsOwnTitleAndDescription(String path) {
		String html = get(path, 200);
		HtmlValidator.assertValid(html, path);
		assertThat(html).containsPattern("<title>[^<]+ · ML Careers Portal</title>")
			.containsPattern("<meta name=\"description\" content=\"[^\"]{40,}\">")
			.contains("<meta property=\"og:title\"", "<meta property=\"og:description\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/roles/machine-learning-engineer", "/roles/junior-machine-learning-engineer",
			"/skills/python", "/certifications/ibm-ai-engineering-professional-certificate", "/sources",
			"/salaries?basis=ppp&level=entry", "/roadmaps/machine-learning-engineer",
			"/roadmaps/machine-learning-engineer/steps/1", "/roadmaps/machine-learning-engineer/steps/9", "/paths",
			"/search", "/search?q=data", "/skills/check?have=python&have=linear-algebra",
			"/roles/compare?roles=machine-learning-engineer&roles=data-scientist" })
	void linksOnlyToPagesThatExist(String path) {
		String html = get(path, 200);
		Matcher inPage = IN_PAGE_LINK.matcher(html);
		while (inPage.find()) {
			assertThat(html).as("%s links to #%s", path, inPage.group(1)).contains("id=\"" + inPage.group(1) + "\"");
		}
		Matcher links = INTERNAL_LINK.matcher(html);
		while (links.find()) {
			String target = links.group(1).replace("&amp;", "&");
			this.client.get().uri(target).exchange().expectStatus().isOk();
		}
	}

	private String get(String path, int status) {
		return Pages.html(this.client, path, status);
	}

}
