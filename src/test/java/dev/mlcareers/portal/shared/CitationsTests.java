package dev.mlcareers.portal.shared;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's citation as a sentence, BibTeX and RIS: every part there, in order, escaped
 * for its format; the day of reading only in the downloads, and today's.
 */
class CitationsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	static final CitedWork ARTICLE = new CitedWork("What Does a Machine Learning Engineer Do? 100% {real}",
			"Kechit Goyal", "upGrad", LocalDate.of(2025, 2, 25));

	static final CitedWork GUIDE = new CitedWork("Machine Learning Engineer career guide", null);

	final Citations citations = citations((path) -> Optional.of(LocalDate.of(2026, 12, 4)));

	@Test
	void theSentenceNamesTitlePortalAddressAndContentDateAndTheDayReadOnlyWhenGiven() {
		Citation citation = this.citations.of("Data Analyst: the work", "/roles/data-analyst", List.of(GUIDE));
		assertThat(this.citations.text(citation, null)).isEqualTo(
				"Data Analyst: the work. ML Careers Portal (content as of 4 December 2026). Available at: https://careers.example/roles/data-analyst.");
		assertThat(this.citations.text(citation, TODAY)).isEqualTo(
				"Data Analyst: the work. ML Careers Portal (content as of 4 December 2026). Available at: https://careers.example/roles/data-analyst (accessed 5 December 2026).");
		Citation undated = citations((path) -> Optional.empty()).of("Privacy", "/privacy", List.of());
		assertThat(this.citations.text(undated, null))
			.isEqualTo("Privacy. ML Careers Portal. Available at: https://careers.example/privacy.");
	}

	@Test
	void theContentDateIsThePagesPathsWithoutItsQuery() {
		Citations dated = citations(
				(path) -> "/salaries".equals(path) ? Optional.of(LocalDate.of(2026, 11, 24)) : Optional.empty());
		assertThat(dated.of("Pay", "/salaries?basis=ppp", List.of()).contentAsOf()).isEqualTo("2026-11-24");
	}

	@Test
	void aWorkListsAuthorTitlePublisherAndDateWhereItHasThem() {
		assertThat(this.citations.work(ARTICLE)).isEqualTo(
				"Kechit Goyal. What Does a Machine Learning Engineer Do? 100% {real}. upGrad. Updated 25 February 2025.");
		assertThat(this.citations.work(GUIDE)).isEqualTo("Machine Learning Engineer career guide.");
	}

	@Test
	void bibtexHasAnEntryForThePageThenOneForEachWorkWithSpecialCharactersEscaped() {
		Citation citation = this.citations.of("Pay & {levels} 50%_#$~^\\", "/salaries?basis=ppp&level=entry",
				List.of(ARTICLE, GUIDE));
		String bib = this.citations.bibtex(citation, TODAY, "salaries-x");
		assertThat(bib).startsWith("@misc{mlcareers-salaries-x,\n")
			.contains(
					"  title = {{Pay \\& \\{levels\\} 50\\%\\_\\#\\$\\textasciitilde{}\\textasciicircum{}\\textbackslash{}}},\n")
			.contains("  url = {https://careers.example/salaries?basis=ppp&level=entry},\n")
			.contains("  howpublished = {\\url{https://careers.example/salaries?basis=ppp&level=entry}},\n")
			.contains("  date = {2026-12-04},\n  year = {2026},\n  urldate = {2026-12-05},\n")
			.contains("  note = {Content as of 4 December 2026. Accessed 5 December 2026.},\n")
			.contains("  related = {mlcareers-salaries-x-source-1,mlcareers-salaries-x-source-2}\n}\n")
			.contains("@misc{mlcareers-salaries-x-source-1,\n"
					+ "  title = {{What Does a Machine Learning Engineer Do? 100\\% \\{real\\}}},\n"
					+ "  author = {Kechit Goyal},\n  publisher = {upGrad},\n  date = {2025-02-25},\n  year = {2025}\n}\n")
			.endsWith(
					"@misc{mlcareers-salaries-x-source-2,\n  title = {{Machine Learning Engineer career guide}}\n}\n");
		assertThat(bib.chars().filter((c) -> c == '{').count() - count(bib, "\\{"))
			.as("balanced braces outside escapes")
			.isEqualTo(bib.chars().filter((c) -> c == '}').count() - count(bib, "\\}"));
	}

	@Test
	void risHasAnElectronicRecordForThePageThenOneForEachWorkWithCrLfLines() {
		Citation citation = this.citations.of("Step 4: Handle\nand explore data", "/roadmaps/x/steps/4",
				List.of(ARTICLE));
		String ris = this.citations.ris(citation, TODAY);
		assertThat(ris.split("\r\n", -1)).containsExactly("TY  - ELEC", "TI  - Step 4: Handle and explore data",
				"AU  - ML Careers Portal", "PB  - ML Careers Portal",
				"UR  - https://careers.example/roadmaps/x/steps/4", "PY  - 2026", "DA  - 2026/12/04",
				"Y2  - 2026/12/05",
				"N1  - Step 4: Handle and explore data. ML Careers Portal (content as of 4 December 2026). Available at: https://careers.example/roadmaps/x/steps/4 (accessed 5 December 2026).",
				"N1  - Based on: Kechit Goyal. What Does a Machine Learning Engineer Do? 100% {real}. upGrad. Updated 25 February 2025.",
				"ER  - ", "TY  - GEN", "TI  - What Does a Machine Learning Engineer Do? 100% {real}",
				"AU  - Kechit Goyal", "PB  - upGrad", "PY  - 2025", "DA  - 2025/02/25", "ER  - ", "");
	}

	@Test
	void aDownloadIsAnAttachmentOfItsTypeDatedToday() {
		Citation citation = this.citations.of("Data Analyst", "/roles/data-analyst", List.of(GUIDE));
		ResponseEntity<String> text = this.citations.download(citation, CitationFormat.TEXT, "role-data-analyst");
		assertThat(text.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
		assertThat(text.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"role-data-analyst.txt\"");
		assertThat(text.getBody()).isEqualTo(
				"Data Analyst. ML Careers Portal (content as of 4 December 2026). Available at: https://careers.example/roles/data-analyst (accessed 5 December 2026).\n"
						+ "Based on:\n- Machine Learning Engineer career guide.\n");
		ResponseEntity<String> bib = this.citations.download(citation, CitationFormat.BIBTEX, "role-data-analyst");
		assertThat(bib.getHeaders().getContentType()).hasToString("application/x-bibtex;charset=UTF-8");
		assertThat(bib.getBody()).contains("urldate = {2026-12-05}");
		ResponseEntity<String> ris = this.citations.download(citation, CitationFormat.RIS, "role-data-analyst");
		assertThat(ris.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).endsWith("role-data-analyst.ris\"");
		assertThat(CitationFormat.ofExtension("bib")).contains(CitationFormat.BIBTEX);
		assertThat(CitationFormat.ofExtension("pdf")).isEmpty();
		assertThat(CitationFormat.ofExtension("BIB")).isEmpty();
	}

	private static long count(String text, String part) {
		return (text.length() - text.replace(part, "").length()) / part.length();
	}

	private static Citations citations(ContentDates dates) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return new Citations(messages, new PublicAddress("https://careers.example"), dates,
				Clock.fixed(Instant.parse("2026-12-05T23:59:00Z"), ZoneOffset.UTC));
	}

}
