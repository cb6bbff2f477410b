package dev.mlcareers.portal.role;

import java.util.Locale;

import dev.mlcareers.portal.shared.Citation;
import dev.mlcareers.portal.shared.CitationFormat;
import dev.mlcareers.portal.shared.Citations;
import dev.mlcareers.portal.source.SourceWorks;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A role page's citation: its title and address, and the documents it cites, for "Cite
 * this page" and its downloads at {@code /roles/{slug}/cite.txt}, {@code .bib} and
 * {@code .ris}.
 */
@Component
class RoleCitation {

	private final Citations citations;

	private final SourceWorks works;

	private final MessageSource messages;

	RoleCitation(Citations citations, SourceWorks works, MessageSource messages) {
		this.citations = citations;
		this.works = works;
		this.messages = messages;
	}

	/** What the page shows. */
	Citations.CitationView view(RolePage page) {
		return this.citations.view(of(page));
	}

	/** The citation as a download in this format. */
	ResponseEntity<String> download(RolePage page, CitationFormat format) {
		return this.citations.download(of(page), format, "role-" + page.overview().role().slug());
	}

	private Citation of(RolePage page) {
		String title = this.messages.getMessage("role.title", new Object[] { page.overview().role().title() },
				Locale.ENGLISH);
		return this.citations.of(title, path(page), this.works.cited(page.sources()));
	}

	private static String path(RolePage page) {
		return "/roles/" + page.overview().role().slug();
	}

}
