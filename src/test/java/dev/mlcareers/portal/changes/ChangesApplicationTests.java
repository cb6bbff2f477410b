package dev.mlcareers.portal.changes;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.HtmlValidator;
import dev.mlcareers.portal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /changes} lists the content versions newest first with the pages each changed,
 * every one of which exists; the Atom feed holds the same versions, valid per RFC 4287;
 * each content page says when its content last changed.
 */
@ApplicationTest
class ChangesApplicationTests {

	static final String PUBLIC = "http://localhost:8080";

	static final Pattern VERSION_HEADING = Pattern.compile("<article class=\"change\" id=\"version-(\\d+)\"");

	static final Pattern PAGE_LINK = Pattern.compile("<li>\\s*<a href=\"([^\"]+)\">");

	static final Pattern CONTENT_AS_OF = Pattern
		.compile("<p class=\"content-as-of\"><time datetime=\"([0-9-]+)\">Content as of ([^<]+)\\.</time>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsEveryContentVersionNewestFirstWithPagesThatExist() {
		Visitor visitor = visitor();
		String html = visitor.page("/changes");
		HtmlValidator.assertValid(html, "/changes");
		List<Integer> shown = new ArrayList<>();
		Matcher heading = VERSION_HEADING.matcher(html);
		while (heading.find()) {
			shown.add(Integer.parseInt(heading.group(1)));
		}
		List<Integer> recorded = this.jdbc.sql("SELECT version FROM content_version ORDER BY version DESC")
			.query(Integer.class)
			.list();
		assertThat(shown).isEqualTo(recorded).startsWith(15, 14, 13);
		assertThat(html).contains("<time datetime=\"2026-12-04\">Published 4 December 2026</time>")
			.contains("<a href=\"/roles/data-analyst\">Data Analyst</a>")
			.contains("<a href=\"/roadmaps/machine-learning-engineer/steps/4\">Step 4: Handle and explore data</a>")
			.contains("<span>Every role page and the role comparison</span>")
			.contains("href=\"/changes.atom\"");
		Set<String> linked = new HashSet<>();
		Matcher link = PAGE_LINK.matcher(html);
		while (link.find()) {
			linked.add(link.group(1));
		}
		assertThat(linked).hasSizeGreaterThan(50);
		for (String path : linked) {
			assertThat(visitor.get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theFeedIsValidAtomWithOneEntryPerVersion() throws Exception {
		HttpResponse<String> response = visitor().get("/changes.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		String etag = response.headers().firstValue("ETag").orElseThrow();
		assertThat(visitor().header("If-None-Match", etag).send("GET", "/changes.atom", "", "text/plain").statusCode())
			.as("a feed reader's poll, unchanged")
			.isEqualTo(304);
		WireFeedInput input = new WireFeedInput();
		input.setXmlHealerOn(false);
		Feed feed = (Feed) input.build(new InputSource(new StringReader(response.body())));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		// RFC 4287 4.1.1: id, title and updated; an author for the feed or every entry; a
		// self link is recommended.
		assertThat(feed.getId()).isEqualTo(PUBLIC + "/changes");
		assertThat(feed.getTitle()).isEqualTo("ML Careers Portal: content changes");
		assertThat(feed.getUpdated()).hasToString(feed.getEntries().get(0).getUpdated().toString());
		assertThat(feed.getAuthors()).extracting("name").containsExactly("ML Careers Portal");
		assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
			.contains(org.assertj.core.groups.Tuple.tuple("self", PUBLIC + "/changes.atom"));
		List<Integer> recorded = this.jdbc.sql("SELECT version FROM content_version ORDER BY version DESC")
			.query(Integer.class)
			.list();
		assertThat(feed.getEntries()).hasSize(recorded.size());
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.doesNotHaveDuplicates()
			.containsExactlyElementsOf(recorded.stream().map((v) -> PUBLIC + "/changes#version-" + v).toList());
		for (Entry entry : feed.getEntries()) {
			assertThat(entry.getTitle()).as(entry.getId()).startsWith("Content version ");
			assertThat(entry.getUpdated()).as(entry.getId()).isNotNull();
			assertThat(entry.getSummary().getValue()).as(entry.getId()).isNotBlank();
			assertThat(entry.getAlternateLinks()).extracting(Link::getHref).containsExactly(entry.getId());
		}
		Entry corrections = feed.getEntries().get(recorded.indexOf(13));
		assertThat(corrections.getTitle()).isEqualTo("Content version 13, published 3 December 2026");
		assertThat(corrections.getContents().get(0).getValue())
			.contains("<a href=\"" + PUBLIC + "/roles/data-analyst\">Data Analyst</a>");
	}

	@Test
	void eachContentPageSaysWhenItsContentLastChangedAndOtherPagesDoNot() {
		Visitor visitor = visitor();
		assertThat(contentAsOf(visitor.page("/roles/data-analyst"))).isEqualTo("2026-12-03 3 December 2026");
		assertThat(contentAsOf(visitor.page("/roadmaps/machine-learning-engineer/steps/4")))
			.isEqualTo("2026-12-04 4 December 2026");
		assertThat(contentAsOf(visitor.page("/roadmaps/machine-learning-engineer/steps/3")))
			.isEqualTo("2026-12-03 3 December 2026");
		assertThat(contentAsOf(visitor.page("/paths"))).isEqualTo("2026-11-24 24 November 2026");
		assertThat(contentAsOf(visitor.page("/salaries?basis=ppp"))).isEqualTo("2026-11-24 24 November 2026");
		assertThat(contentAsOf(visitor.page("/changes"))).isEqualTo("2026-12-04 4 December 2026");
		assertThat(visitor.page("/privacy")).doesNotContain("content-as-of");
		assertThat(visitor.get("/no-such-page").body()).doesNotContain("content-as-of");
	}

	private static String contentAsOf(String html) {
		Matcher matcher = CONTENT_AS_OF.matcher(html);
		assertThat(matcher.find()).as("Content as of").isTrue();
		return matcher.group(1) + " " + matcher.group(2);
	}

	private Visitor visitor() {
		return new Visitor("http://localhost:" + this.port);
	}

}
