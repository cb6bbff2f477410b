package dev.mlcareers.portal.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines for SVG, which does not wrap text by itself. Widths are
 * counted in characters: good enough for short labels in a system sans-serif font.
 */
public final class TextWrap {

	private TextWrap() {
	}

	/**
	 * Lines of at most {@code maxChars} characters, broken between words; a longer word
	 * stands alone.
	 */
	public static List<String> lines(String text, int maxChars) {
		if (maxChars < 1) {
			throw new IllegalArgumentException("maxChars must be positive");
		}
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

}
