package dev.mlcareers.portal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprints the copying check compares with ({@link DocumentWords}) are those of
 * the five documents as they are in {@code ../shared/seeds/}. It runs in the Maven
 * profile {@code source-documents}, active where that folder is beside the project;
 * elsewhere the copying check still runs on the kept fingerprints, and this test is not
 * part of the run (rather than reported as skipped).
 */
class DocumentRunsTests {

	static final Path SEEDS = Path.of(System.getProperty("portal.seeds", "../shared/seeds"));

	@Test
	void keptFingerprintsAreTheDocumentsOwn() throws IOException {
		assertThat(SEEDS).as("the source documents (profile source-documents)").isDirectory();
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

}
