package dev.mlcareers.portal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextWrapTests {

	@Test
	void keepsAShortLabelOnOneLine() {
		assertThat(TextWrap.lines("Data Analyst", 32)).containsExactly("Data Analyst");
	}

	@Test
	void breaksBetweenWordsWithinTheWidth() {
		assertThat(TextWrap.lines("Machine Learning Engineering Manager", 32))
			.containsExactly("Machine Learning Engineering", "Manager");
		assertThat(TextWrap.lines("  a  b c ", 3)).containsExactly("a b", "c");
	}

	@Test
	void letsAWordLongerThanTheWidthStandAlone() {
		assertThat(TextWrap.lines("an extraordinarily long", 6)).containsExactly("an", "extraordinarily", "long");
	}

	@Test
	void refusesANonPositiveWidth() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextWrap.lines("x", 0));
	}

}
