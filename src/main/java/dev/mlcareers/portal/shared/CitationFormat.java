package dev.mlcareers.portal.shared;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The formats a page's citation downloads in, by the extension of its address. */
public enum CitationFormat {

	/** The citation as a sentence, in UTF-8 text. */
	TEXT("txt", MediaType.parseMediaType("text/plain;charset=UTF-8")),

	/** A BibTeX {@code @misc} entry for the page, then one per work it is based on. */
	BIBTEX("bib", MediaType.parseMediaType("application/x-bibtex;charset=UTF-8")),

	/** RIS records, {@code ELEC} for the page, then one per work it is based on. */
	RIS("ris", MediaType.parseMediaType("application/x-research-info-systems;charset=UTF-8"));

	private final String extension;

	private final MediaType mediaType;

	CitationFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * The format a download's address asks for by its extension; a 404 page for any
	 * other.
	 */
	public static CitationFormat requested(String extension) {
		return ofExtension(extension).orElseThrow(() -> ContentNotFoundException.forSlug("citation format", extension));
	}

	/** The format with this extension, if there is one. */
	public static Optional<CitationFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter((format) -> format.extension.equals(extension)).findFirst();
	}

}
