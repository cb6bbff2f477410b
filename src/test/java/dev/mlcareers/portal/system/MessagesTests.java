package dev.mlcareers.portal.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mlcareers.portal.education.DegreeLevel;
import dev.mlcareers.portal.industry.EmployerContext;
import dev.mlcareers.portal.role.TradeOffAspect;
import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.skill.SkillCategory;
import dev.mlcareers.portal.source.ContributionKind;
import dev.mlcareers.portal.source.PublicationKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from messages.properties: templates hold no literal text,
 * and every message key they use exists in the bundle.
 */
class MessagesTests {

	/** Attributes whose values a visitor sees or hears. */
	static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "aria-description",
			"placeholder", "label", "summary");

	/**
	 * Attributes that replace an element's text (or the element itself) when the page
	 * renders.
	 */
	static final Set<String> TEXT_REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Resource template : templates()) {
			problems.addAll(literalText(parse(template), template.getFilename()));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateUsesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			for (String key : messageKeys(parse(template))) {
				if (!messages.containsKey(key)) {
					missing.add(template.getFilename() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyErrorStatusHasItsTitleAndText() throws IOException {
		Properties messages = messages();
		List<String> segments = new ArrayList<>(List.of("client", "server"));
		PortalErrorAttributes.STATUSES_WITH_OWN_TEXT.forEach((status) -> segments.add(String.valueOf(status)));
		for (String segment : segments) {
			assertThat(messages).containsKeys("error." + segment + ".title", "error." + segment + ".text");
		}
	}

	/**
	 * Keys templates build from codes: every code of every enum shown on a page has its
	 * label.
	 */
	@Test
	void everyCodeThatTemplatesTurnIntoAKeyHasOne() throws IOException {
		Properties messages = messages();
		Map<String, Class<? extends Enum<?>>> prefixes = Map.of("track.", Track.class, "skill.category.",
				SkillCategory.class, "degree.level.", DegreeLevel.class, "trade-off.", TradeOffAspect.class,
				"employer.context.", EmployerContext.class, "publication-kind.", PublicationKind.class, "region.",
				Region.class, "contribution.", ContributionKind.class);
		prefixes.forEach((prefix, type) -> {
			for (Enum<?> constant : type.getEnumConstants()) {
				assertThat(messages).containsKey(prefix + ((Coded) constant).code());
			}
		});
		for (int rank = 1; rank <= 4; rank++) {
			assertThat(messages).containsKey("rank." + rank);
		}
		for (int weekday = 1; weekday <= 7; weekday++) {
			assertThat(messages).containsKey("weekday." + weekday);
		}
		for (String topic : List.of("duties", "week", "skills", "education", "pay", "outlook")) {
			assertThat(messages).containsKey("role.unknown." + topic);
		}
	}

	@Test
	void theCheckerCatchesLiteralTextAndLiteralVisibleAttributes() {
		Document bad = Jsoup.parse("""
				<main><h1>Hello</h1><p th:text="#{ok}">placeholder</p>
				<img src="x.svg" alt="A picture"><input th:placeholder="#{ok}"></main>""");
		assertThat(literalText(bad, "sample")).hasSize(2)
			.anySatisfy((problem) -> assertThat(problem).contains("Hello"))
			.anySatisfy((problem) -> assertThat(problem).contains("alt"));
		assertThat(messageKeys(bad)).containsExactly("ok", "ok");
	}

	static List<String> literalText(Document document, String name) {
		List<String> problems = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				if (VISIBLE_ATTRIBUTES.contains(attribute.getKey())) {
					problems.add(name + ": literal " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
				}
			}
			if (replacedWhenRendered(element)) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				if (text.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
					problems
						.add(name + ": literal text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
				}
			}
		}
		return problems;
	}

	private static boolean replacedWhenRendered(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			for (String attribute : TEXT_REPLACING_ATTRIBUTES) {
				if (current.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	static List<String> messageKeys(Document document) {
		List<String> keys = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				if (attribute.getKey().startsWith("th:")) {
					Matcher matcher = MESSAGE_KEY.matcher(attribute.getValue());
					while (matcher.find()) {
						keys.add(matcher.group(1));
					}
				}
			}
		}
		return keys;
	}

	static Resource[] templates() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(found).isNotEmpty();
		return found;
	}

	static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	private static Document parse(Resource template) throws IOException {
		try (InputStream in = template.getInputStream()) {
			return Jsoup.parse(in, StandardCharsets.UTF_8.name(), "");
		}
	}

}
