package dev.mlcareers.portal.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * "Cite this page": a page's title, the portal's name, the page's canonical address, the
 * day its content last changed and the day it was read, with the works it is based on; as
 * a sentence, as BibTeX and as RIS. The page shows the sentence without a day of reading
 * (a kept page would show the day it was kept); the downloads, never kept, carry today's.
 */
@Component
public class Citations {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MessageSource messages;

	private final PublicAddress address;

	private final ContentDates dates;

	private final Clock clock;

	Citations(MessageSource messages, PublicAddress address, ContentDates dates, Clock clock) {
		this.messages = messages;
		this.address = address;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * The citation of the page at this canonical path (with its query, if any), with the
	 * day its content last changed.
	 */
	public Citation of(String title, String path, List<CitedWork> sources) {
		int query = path.indexOf('?');
		LocalDate asOf = this.dates.contentAsOf((query < 0) ? path : path.substring(0, query)).orElse(null);
		return new Citation(title, path, asOf, sources);
	}

	/**
	 * What the page shows: the citation as a sentence, without a day of reading, and
	 * where its downloads are.
	 */
	public CitationView view(Citation citation) {
		return new CitationView(text(citation, null), citation.path(),
				citation.sources().stream().map(this::work).toList());
	}

	/**
	 * The citation as a download in this format, read today, under a file name made from
	 * {@code name}.
	 */
	public ResponseEntity<String> download(Citation citation, CitationFormat format, String name) {
		LocalDate today = LocalDate.now(this.clock);
		String body = switch (format) {
			case TEXT -> text(citation, today) + "\n" + sources(citation);
			case BIBTEX -> bibtex(citation, today, name);
			case RIS -> ris(citation, today);
		};
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString())
			.body(body);
	}

	/** The sentence: title, portal, address, content date, and the day read if given. */
	String text(Citation citation, LocalDate read) {
		String asOf = (citation.contentAsOf() != null) ? message("cite.text.as-of", DAY.format(citation.contentAsOf()))
				: "";
		String accessed = (read != null) ? message("cite.text.accessed", DAY.format(read)) : "";
		return message("cite.text", citation.title(), message("site.name"), this.address.of(citation.path()), asOf,
				accessed)
			.strip();
	}

	private String sources(Citation citation) {
		StringBuilder text = new StringBuilder();
		if (!citation.sources().isEmpty()) {
			text.append(message("cite.sources")).append('\n');
			citation.sources().forEach((work) -> text.append("- ").append(work(work)).append('\n'));
		}
		return text.toString();
	}

	/** A work as the sentence and the page list it. */
	String work(CitedWork work) {
		List<String> parts = new ArrayList<>();
		if (work.author() != null) {
			parts.add(work.author());
		}
		parts.add(work.title());
		if (work.publisher() != null) {
			parts.add(work.publisher());
		}
		if (work.date() != null) {
			parts.add(message("cite.work.updated", DAY.format(work.date())));
		}
		return String.join(". ", parts) + ".";
	}

	/**
	 * A BibTeX {@code @misc} entry for the page (with {@code url} and {@code urldate}, as
	 * biblatex reads them, and the same in {@code howpublished} and {@code note} for
	 * classic styles), then one for each work it is based on.
	 */
	String bibtex(Citation citation, LocalDate read, String name) {
		StringBuilder bib = new StringBuilder();
		String key = "mlcareers-" + name;
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < citation.sources().size(); i++) {
			keys.add(key + "-source-" + (i + 1));
		}
		String url = this.address.of(citation.path());
		bib.append("@misc{").append(key).append(",\n");
		field(bib, "title", "{" + BibTex.escape(citation.title()) + "}");
		field(bib, "author", "{" + BibTex.escape(message("site.name")) + "}");
		field(bib, "organization", BibTex.escape(message("site.name")));
		field(bib, "howpublished", "\\url{" + BibTex.url(url) + "}");
		field(bib, "url", BibTex.url(url));
		if (citation.contentAsOf() != null) {
			field(bib, "date", citation.contentAsOf().toString());
			field(bib, "year", Integer.toString(citation.contentAsOf().getYear()));
		}
		field(bib, "urldate", read.toString());
		field(bib, "note", BibTex.escape(note(citation, read)));
		if (!keys.isEmpty()) {
			field(bib, "related", String.join(",", keys));
		}
		bib.setLength(bib.length() - 2);
		bib.append("\n}\n");
		for (int i = 0; i < citation.sources().size(); i++) {
			CitedWork work = citation.sources().get(i);
			bib.append("\n@misc{").append(keys.get(i)).append(",\n");
			field(bib, "title", "{" + BibTex.escape(work.title()) + "}");
			if (work.author() != null) {
				field(bib, "author", BibTex.escape(work.author()));
			}
			if (work.publisher() != null) {
				field(bib, "publisher", BibTex.escape(work.publisher()));
			}
			if (work.date() != null) {
				field(bib, "date", work.date().toString());
				field(bib, "year", Integer.toString(work.date().getYear()));
			}
			bib.setLength(bib.length() - 2);
			bib.append("\n}\n");
		}
		return bib.toString();
	}

	/** The dates, for styles that print neither {@code date} nor {@code urldate}. */
	private String note(Citation citation, LocalDate read) {
		String accessed = message("cite.note.accessed", DAY.format(read));
		return (citation.contentAsOf() != null)
				? message("cite.note.as-of", DAY.format(citation.contentAsOf())) + " " + accessed : accessed;
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/**
	 * RIS records: the page as {@code ELEC} (an electronic source) with its address,
	 * content date ({@code DA}) and day of access ({@code Y2}), then each work it is
	 * based on as {@code GEN}. Lines end in CR LF, as the format asks.
	 */
	String ris(Citation citation, LocalDate read) {
		StringBuilder ris = new StringBuilder();
		ris(ris, "TY", "ELEC");
		ris(ris, "TI", citation.title());
		ris(ris, "AU", message("site.name"));
		ris(ris, "PB", message("site.name"));
		ris(ris, "UR", this.address.of(citation.path()));
		if (citation.contentAsOf() != null) {
			ris(ris, "PY", Integer.toString(citation.contentAsOf().getYear()));
			ris(ris, "DA", citation.contentAsOf().toString().replace('-', '/'));
		}
		ris(ris, "Y2", read.toString().replace('-', '/'));
		ris(ris, "N1", text(citation, read));
		for (CitedWork work : citation.sources()) {
			ris(ris, "N1", message("cite.ris.source", work(work)));
		}
		ris(ris, "ER", "");
		for (CitedWork work : citation.sources()) {
			ris(ris, "TY", "GEN");
			ris(ris, "TI", work.title());
			if (work.author() != null) {
				ris(ris, "AU", work.author());
			}
			if (work.publisher() != null) {
				ris(ris, "PB", work.publisher());
			}
			if (work.date() != null) {
				ris(ris, "PY", Integer.toString(work.date().getYear()));
				ris(ris, "DA", work.date().toString().replace('-', '/'));
			}
			ris(ris, "ER", "");
		}
		return ris.toString();
	}

	private static void ris(StringBuilder ris, String tag, String value) {
		ris.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

	/**
	 * What a page shows of its citation.
	 *
	 * @param text the citation as a sentence, without a day of reading
	 * @param path the cited page's canonical path, with its query where it has one
	 * @param sources the works the page is based on, each as a sentence
	 */
	public record CitationView(String text, String path, List<String> sources) {

		/**
		 * The address of the download in a format: {@code cite.} and the format's
		 * extension under the page's path, with the page's query.
		 */
		public String download(String extension) {
			int query = this.path.indexOf('?');
			String page = (query < 0) ? this.path : this.path.substring(0, query);
			return page + "/cite." + extension + ((query < 0) ? "" : this.path.substring(query));
		}

	}

	/** BibTeX's special characters. */
	static final class BibTex {

		private BibTex() {
		}

		/** The text with BibTeX's and LaTeX's special characters escaped. */
		static String escape(String text) {
			StringBuilder escaped = new StringBuilder();
			for (char c : text.toCharArray()) {
				switch (c) {
					case '\\' -> escaped.append("\\textbackslash{}");
					case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
					case '~' -> escaped.append("\\textasciitilde{}");
					case '^' -> escaped.append("\\textasciicircum{}");
					case '\r', '\n' -> escaped.append(' ');
					default -> escaped.append(c);
				}
			}
			return escaped.toString();
		}

		/**
		 * An address as BibTeX's url field and LaTeX's url macro take it: braces and
		 * backslashes percent-encoded.
		 */
		static String url(String url) {
			return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
		}

	}

}
