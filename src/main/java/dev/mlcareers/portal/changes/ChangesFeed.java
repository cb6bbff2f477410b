package dev.mlcareers.portal.changes;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.mlcareers.portal.shared.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The content versions as an Atom feed (RFC 4287), written by ROME: one entry per
 * version, newest first, each with its summary and the pages it changed as links. Ids and
 * links are absolute at the portal's public address, so a reader that follows the feed
 * keeps the same ids however it reached it.
 */
@Component
class ChangesFeed {

	static final String ATOM = "atom_1.0";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final PublicAddress address;

	private final MessageSource messages;

	ChangesFeed(PublicAddress address, MessageSource messages) {
		this.address = address;
		this.messages = messages;
	}

	/** The feed of these versions (newest first) as an XML document. */
	String write(List<ContentVersionView> newestFirst) {
		Feed feed = new Feed(ATOM);
		feed.setId(this.address.of(ContentHistory.PATH));
		feed.setTitle(message("changes.feed.title"));
		feed.setSubtitle(text(message("changes.lead")));
		feed.setLanguage("en");
		feed.setUpdated(newestFirst.isEmpty() ? new Date(0) : instant(newestFirst.get(0).releasedOn()));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", this.address.of(ContentHistory.PATH))));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", this.address.of(ContentHistory.FEED_PATH))));
		Person portal = new Person();
		portal.setName(message("site.name"));
		portal.setUri(this.address.of("/"));
		feed.setAuthors(List.of(portal));
		List<Entry> entries = new ArrayList<>();
		for (ContentVersionView version : newestFirst) {
			entries.add(entry(version));
		}
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The feed of content versions could not be written", ex);
		}
	}

	private Entry entry(ContentVersionView version) {
		Entry entry = new Entry();
		String page = this.address.of(ContentHistory.PATH) + "#" + version.anchor();
		entry.setId(page);
		entry.setTitle(message("changes.version.title", version.version(), DAY.format(version.releasedOn())));
		Date day = instant(version.releasedOn());
		entry.setUpdated(day);
		entry.setPublished(day);
		entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		entry.setSummary(text(version.summary()));
		Content content = new Content();
		content.setType(Content.HTML);
		content.setValue(html(version));
		entry.setContents(List.of(content));
		return entry;
	}

	/** The summary and the list of pages, as HTML (ROME escapes it into the feed). */
	private String html(ContentVersionView version) {
		StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(version.summary()))
			.append("</p><p>")
			.append(HtmlUtils.htmlEscape(message("changes.pages")))
			.append("</p><ul>");
		for (ChangedPage page : version.pages()) {
			html.append("<li>");
			if (page.everyPageUnder()) {
				html.append(HtmlUtils.htmlEscape(page.label()));
			}
			else {
				html.append("<a href=\"")
					.append(HtmlUtils.htmlEscape(this.address.of(page.page())))
					.append("\">")
					.append(HtmlUtils.htmlEscape(page.label()))
					.append("</a>");
			}
			html.append("</li>");
		}
		return html.append("</ul>").toString();
	}

	private static Date instant(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

}
