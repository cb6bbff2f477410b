package dev.mlcareers.portal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprints the copying check compares with ({@link DocumentWords}) are those of
 * the five documents as they are in {@code ../shared/seeds/}. Where that folder is not
 * beside the project the check still runs on the kept fingerprints, and this test says so
 * in one line and is skipped.
 */
class DocumentRunsTests {

	static final Path SEEDS = Path.of(System.getProperty("portal.seeds", "../shared/seeds"));

	@Test
	void keptFingerprintsAreTheDocumentsOwn() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS),
				() -> "The source documents are not at " + SEEDS.toAbsolutePath()
						+ ": the copying check uses the fingerprints kept in " + DocumentWords.RUNS_RESOURCE);
		String made = DocumentWords.documentRunsFile(SEEDS);
		String kept;
		try (InputStream in = getClass().getResourceAsStream(DocumentWords.RUNS_RESOURCE)) {
			kept = (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
		}
		if (!made.equals(kept)) {
			Path fresh = Path.of("target", "document-runs.txt");
			Files.writeString(fresh, made, StandardCharsets.UTF_8);
			assertThat(kept)
				.as("fingerprints out of date: copy %s to src/test/resources%s", fresh, DocumentWords.RUNS_RESOURCE)
				.isEqualTo(made);
		}
	}

	@Test
	void comparesWordsWithoutCasePunctuationAccentsOrTheSpellingOfMachineLearning() {
		assertThat(DocumentWords.words("Machine-Learning engineers’ “models”, ML-ready; naïve Bayes!"))
			.containsExactly("ml", "engineers", "models", "ml", "ready", "naive", "bayes");
		assertThat(DocumentWords.runs("Lead the design and architecture of machine learning systems.").values())
			.containsExactly("lead the design and architecture of ml systems");
		assertThat(DocumentWords.runs("Lead the design and architecture of ML systems.").keySet())
			.isEqualTo(DocumentWords.runs("lead THE design, and architecture of Machine Learning systems").keySet());
		assertThat(DocumentWords.runs("Seven words are never a run here.")).isEmpty();
	}

}
