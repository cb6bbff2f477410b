package dev.mlcareers.portal.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of words compared with the five source documents, to find text the portal took
 * over instead of writing its own: each text becomes its words (case, punctuation and
 * accents ignored, "machine learning" and "ML" the same), and each run of
 * {@link #RUN_LENGTH} consecutive words a fingerprint. The documents' fingerprints are
 * kept in {@code content/document-runs.txt} (a hash of each run and the document it comes
 * from, never the words), so the check runs wherever the tests do;
 * {@link DocumentRunsTests} makes them again from {@code ../shared/seeds/} where that
 * folder is, and fails if they differ.
 */
final class DocumentWords {

	/** A run of this many words in common counts as copied. */
	static final int RUN_LENGTH = 8;

	/** Where the documents' fingerprints are kept, on the test class path. */
	static final String RUNS_RESOURCE = "/content/document-runs.txt";

	/** The documents by their file names' numbers, as the seeds' README lists them. */
	static final Map<String, String> SOURCE_BY_FILE_NUMBER = Map.of("000", "career-guide", "001", "job-description",
			"002", "education-article", "003", "magazine-article", "004", "career-profile");

	private static final Pattern MACHINE_LEARNING = Pattern.compile("machine[\\s\\-]+learning");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

	private DocumentWords() {
	}

	/** The text's words, compared as the check compares them. */
	static List<String> words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'');
		folded = MACHINE_LEARNING.matcher(folded).replaceAll("ml");
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(folded);
		while (word.find()) {
			words.add(word.group());
		}
		return words;
	}

	/**
	 * Each run of {@link #RUN_LENGTH} words in the text, by its fingerprint, with the run
	 * itself, in order.
	 */
	static Map<String, String> runs(String text) {
		List<String> words = words(text);
		Map<String, String> runs = new LinkedHashMap<>();
		for (int from = 0; from + RUN_LENGTH <= words.size(); from++) {
			String run = String.join(" ", words.subList(from, from + RUN_LENGTH));
			runs.putIfAbsent(fingerprint(run), run);
		}
		return runs;
	}

	/** The first 48 bits of the run's SHA-256, in hex. */
	static String fingerprint(String run) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The documents' runs, by fingerprint, each with its document's source id. */
	static Map<String, String> documentRuns() {
		try (var in = DocumentWords.class.getResourceAsStream(RUNS_RESOURCE)) {
			Map<String, String> runs = new TreeMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split(" ");
					runs.putIfAbsent(parts[0], parts[1]);
				}
			}
			return runs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The fingerprint file's text, made from the documents in the folder: one line per
	 * run, sorted, the first document that has it.
	 */
	static String documentRunsFile(Path seeds) throws IOException {
		Map<String, String> runs = new TreeMap<>();
		for (Map.Entry<String, String> document : new TreeMap<>(SOURCE_BY_FILE_NUMBER).entrySet()) {
			try (var files = Files.list(seeds)) {
				Path file = files.filter((path) -> path.getFileName().toString().startsWith(document.getKey() + "_"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("no document " + document.getKey() + " in " + seeds));
				for (String fingerprint : runs(Files.readString(file, StandardCharsets.UTF_8)).keySet()) {
					runs.putIfAbsent(fingerprint, document.getValue());
				}
			}
		}
		StringBuilder text = new StringBuilder("# Fingerprints of every run of " + RUN_LENGTH
				+ " words in the five source documents (DocumentWords); made by DocumentRunsTests.\n");
		runs.forEach((fingerprint, source) -> text.append(fingerprint).append(' ').append(source).append('\n'));
		return text.toString();
	}

}
