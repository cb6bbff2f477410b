package dev.mlcareers.portal.roadmap;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PairingCodesTests {

	@Test
	void aCodeIsEightCharactersOfCrockfordsAlphabet() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String code = PairingCodes.random();
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
			seen.add(code);
		}
		assertThat(seen).as("no repeats in 2,000 codes of 40 bits").hasSize(2000);
	}

	@Test
	void everyCharacterOfTheAlphabetComesUp() {
		Random random = new Random(42);
		Set<Character> used = new HashSet<>();
		for (int i = 0; i < 500; i++) {
			PairingCodes.random(random).chars().forEach((c) -> used.add((char) c));
		}
		assertThat(used).hasSize(32).doesNotContain('I', 'L', 'O', 'U');
	}

	@Test
	void isShownInTwoGroupsOfFour() {
		assertThat(PairingCodes.display("7KQ2M9XD")).isEqualTo("7KQ2-M9XD");
	}

	@ParameterizedTest
	@ValueSource(strings = { "7KQ2M9XD", "7KQ2-M9XD", "7kq2-m9xd", " 7KQ2 M9XD ", "7-K-Q-2-M-9-X-D", "7KQ2\u00a0M9XD" })
	void readsWhatIsTypedLeniently(String typed) {
		assertThat(PairingCodes.parse(typed)).contains("7KQ2M9XD");
	}

	@Test
	void readsTheLettersThatLookLikeDigitsAsTheDigits() {
		assertThat(PairingCodes.parse("iL0o-1234")).contains("11001234");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "7KQ2M9X", "7KQ2M9XDD", "7KQ2-M9XU", "7KQ2_M9XD", "7KQ2M9X\u0414", "<script>1",
			"                                         7KQ2M9XD" })
	void refusesWhatCannotBeACode(String typed) {
		assertThat(PairingCodes.parse(typed)).isEmpty();
	}

	@Test
	void refusesNothing() {
		assertThat(PairingCodes.parse(null)).isEmpty();
	}

	@Test
	void keepsOnlyAHashAndCountsTriesUnderAnotherOne() {
		String hash = PairingCodes.hash("7KQ2M9XD");
		assertThat(hash).hasSize(64).doesNotContain("7KQ2M9XD").isNotEqualTo(PairingCodes.hash("7KQ2M9XE"));
		assertThat(PairingCodes.attemptSubject("7KQ2M9XD")).hasSize(64)
			.doesNotContain(hash.substring(0, 16))
			.isNotEqualTo(AttemptLimit.addressSubject("7KQ2M9XD"));
	}

}
