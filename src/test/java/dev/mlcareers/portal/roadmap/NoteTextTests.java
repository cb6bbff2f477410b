package dev.mlcareers.portal.roadmap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoteTextTests {

	@Test
	void storesLineBreaksAsOneCharacterAndTrimsTheEnds() {
		assertThat(NoteText.normalize("  first\r\nsecond\rthird\n\n ")).isEqualTo("first\nsecond\nthird");
		assertThat(NoteText.normalize(null)).isEmpty();
	}

	@Test
	void takesExactlyTwoThousandCharactersCountingLineBreaksOnce() {
		String browserSent = "a\r\n".repeat(999);
		String note = NoteText.normalize(browserSent + "bc");
		assertThat(note.length()).isEqualTo(2000);
		assertThat(NoteText.problem(note)).isEmpty();
		assertThat(NoteText.problem(note + "c")).hasValue(NoteText.Problem.TOO_LONG);
	}

	@Test
	void countsCharactersNotUtf16Units() {
		String emoji = "\uD83D\uDE80";
		assertThat(NoteText.problem(emoji.repeat(2000))).isEmpty();
		assertThat(NoteText.problem(emoji.repeat(2001))).hasValue(NoteText.Problem.TOO_LONG);
	}

	@Test
	void refusesControlCharactersAndLoneSurrogatesButKeepsTabsAndQuotes() {
		assertThat(NoteText.problem("tab\there, \"quotes\", <b>tags</b>, 'sql' --; émigré 日本")).isEmpty();
		assertThat(NoteText.problem("nul\u0000")).hasValue(NoteText.Problem.INVALID_CHARACTERS);
		assertThat(NoteText.problem("bell\u0007")).hasValue(NoteText.Problem.INVALID_CHARACTERS);
		assertThat(NoteText.problem("half\uD83D")).hasValue(NoteText.Problem.INVALID_CHARACTERS);
	}

}
