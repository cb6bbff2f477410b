package dev.mlcareers.portal.roadmap;

import java.util.Optional;

/**
 * The rules for a visitor's private note on a step. Browsers send a textarea's line
 * breaks as CR LF; a note is stored with LF only, so a line break counts as one
 * character, as it does in the browser.
 */
public final class NoteText {

	/** Notes hold at most this many characters (Unicode code points). */
	public static final int MAX_LENGTH = 2000;

	/** Why a note cannot be saved. */
	public enum Problem {

		/** More than {@link #MAX_LENGTH} characters. */
		TOO_LONG,
		/**
		 * Characters no text should hold: control characters other than tab and line
		 * break, or half of a surrogate pair.
		 */
		INVALID_CHARACTERS

	}

	private NoteText() {
	}

	/** The note as it is stored: LF line breaks, no blank lines or spaces around it. */
	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		return raw.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	/** What keeps the normalized note from being saved, if anything. */
	public static Optional<Problem> problem(String note) {
		if (note.codePointCount(0, note.length()) > MAX_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		boolean invalid = note.codePoints()
			.anyMatch((c) -> c != '\n' && c != '\t' && (Character.isISOControl(c) || isLoneSurrogate(c)));
		return invalid ? Optional.of(Problem.INVALID_CHARACTERS) : Optional.empty();
	}

	private static boolean isLoneSurrogate(int codePoint) {
		return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
	}

}
