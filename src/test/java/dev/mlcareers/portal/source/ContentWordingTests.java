package dev.mlcareers.portal.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal writes its own sentences: no run of {@link DocumentWords#RUN_LENGTH} words
 * from any of the five documents stands in any text the migrated store holds or in
 * {@code messages.properties}, apart from the names declared here.
 */
@DataJpaTest
class ContentWordingTests {

	/**
	 * Columns that hold names, not sentences: the documents' own titles.
	 */
	static final Set<String> NAME_COLUMNS = Set.of("source.title", "source.label", "source.headline",
			"source.file_name");

	/**
	 * Lists of names that carry over from a document as they stand: a run that lies
	 * wholly inside one of them is not a copied sentence.
	 */
	static final List<String> NAME_LISTS = List.of(
			// The job description's top employers.
			"Google, Amazon, Microsoft, Facebook (Meta), NVIDIA and IBM",
			// The magazine article's first professional roles.
			"data analyst, software engineer or junior machine learning engineer");

	/** Tables that hold no content: visitors' own words, and Flyway's. */
	static final Set<String> NOT_CONTENT = Set.of("visitor", "step_progress", "step_status", "flyway_schema_history");

	@Autowired
	DataSource dataSource;

	@Test
	void noTextInTheStoreRepeatsADocumentsWords() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		Map<String, String> documents = DocumentWords.documentRuns();
		assertThat(documents).hasSizeGreaterThan(5000);
		List<String> textColumns = jdbc.sql(
				"SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND (data_type LIKE 'CHARACTER%')")
			.query(String.class)
			.list();
		assertThat(textColumns).contains("role_fact.text", "faq.answer", "roadmap_step.why", "skill.description");
		List<String> copied = new ArrayList<>();
		for (String qualified : textColumns) {
			String[] parts = qualified.split("\\.");
			if (NAME_COLUMNS.contains(qualified) || NOT_CONTENT.contains(parts[0])) {
				continue;
			}
			for (String value : jdbc
				.sql("SELECT " + parts[1] + " FROM " + parts[0] + " WHERE " + parts[1] + " IS NOT NULL")
				.query(String.class)
				.list()) {
				copied.addAll(copies(qualified, value, documents));
			}
		}
		assertThat(copied).as("text that repeats %d words of a document", DocumentWords.RUN_LENGTH).isEmpty();
	}

	@Test
	void noMessageRepeatsADocumentsWords() throws IOException {
		Map<String, String> documents = DocumentWords.documentRuns();
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(messages).isNotEmpty();
		List<String> copied = new ArrayList<>();
		messages.forEach((key, value) -> copied.addAll(copies("messages." + key, (String) value, documents)));
		assertThat(copied).as("messages that repeat %d words of a document", DocumentWords.RUN_LENGTH).isEmpty();
	}

	@Test
	void theCheckFindsADocumentsSentence() {
		String copied = "Make decisions on model selection, evaluation, and optimization.";
		assertThat(copies("responsibility.text", copied, DocumentWords.documentRuns())).singleElement()
			.asString()
			.contains("education-article");
		assertThat(
				copies("faq.answer", "Its top employers: Google, Amazon, Microsoft, Facebook (Meta), NVIDIA and IBM.",
						DocumentWords.documentRuns()))
			.as("a declared list of names")
			.isEmpty();
	}

	private static List<String> copies(String where, String text, Map<String, String> documents) {
		List<String> names = NAME_LISTS.stream().map((list) -> String.join(" ", DocumentWords.words(list))).toList();
		List<String> copies = new ArrayList<>();
		DocumentWords.runs(text).forEach((fingerprint, run) -> {
			String source = documents.get(fingerprint);
			if (source != null && names.stream().noneMatch((list) -> (" " + list + " ").contains(" " + run + " "))) {
				copies.add(where + " [" + source + "] \"" + run + "\" in: " + text);
			}
		});
		return copies.isEmpty() ? copies : List.of(String.join("\n   ", copies));
	}

}
