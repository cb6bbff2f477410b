package dev.mlcareers.portal.salary;

import java.util.Locale;

import dev.mlcareers.portal.shared.Citation;
import dev.mlcareers.portal.shared.CitationFormat;
import dev.mlcareers.portal.shared.Citations;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A salary comparison's citation, for its exact query: its title and canonical address,
 * the documents its figures come from and the publications of the rates that converted
 * them; for "Cite this page" and its downloads at {@code /salaries/cite.txt},
 * {@code .bib} and {@code .ris}, with the comparison's query.
 */
@Component
class SalaryCitation {

	private final Citations citations;

	private final SalaryStructuredData structuredData;

	private final MessageSource messages;

	SalaryCitation(Citations citations, SalaryStructuredData structuredData, MessageSource messages) {
		this.citations = citations;
		this.structuredData = structuredData;
		this.messages = messages;
	}

	/**
	 * What the page shows.
	 * @param query the comparison's canonical query, empty for the default
	 */
	Citations.CitationView view(SalaryComparison page, String query) {
		return this.citations.view(of(page, query));
	}

	/** The citation as a download in this format. */
	ResponseEntity<String> download(SalaryComparison page, String query, CitationFormat format) {
		return this.citations.download(of(page, query), format, name(query));
	}

	private Citation of(SalaryComparison page, String query) {
		String title = message("salaries.title", page.role().title(),
				message("salaries.title." + page.comparison().basis().code()));
		return this.citations.of(title, "/salaries" + suffix(query), this.structuredData.basedOn(page));
	}

	/**
	 * The file name and BibTeX key of a comparison: one of its own for every canonical
	 * query, so that two comparisons cited in one bibliography never share a key.
	 */
	static String name(String query) {
		String words = query.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return words.isEmpty() ? "salaries" : "salaries-" + words;
	}

	private static String suffix(String query) {
		return query.isEmpty() ? "" : "?" + query;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

}
