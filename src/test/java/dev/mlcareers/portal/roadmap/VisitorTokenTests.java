package dev.mlcareers.portal.roadmap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VisitorTokenTests {

	@Test
	void randomTokensAre256BitsInCookieSafeCharactersAndNeverRepeat() {
		VisitorToken first = VisitorToken.random();
		VisitorToken second = VisitorToken.random();
		assertThat(first.value()).matches("[A-Za-z0-9_-]{43}");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void storesOnlyAHashOfTheToken() {
		VisitorToken token = VisitorToken.random();
		assertThat(token.hash()).matches("[0-9a-f]{64}").isEqualTo(token.hash()).doesNotContain(token.value());
		assertThat(VisitorToken.random().hash()).isNotEqualTo(token.hash());
	}

	@Test
	void parsesOnlyTextWithATokensForm() {
		String value = VisitorToken.random().value();
		assertThat(VisitorToken.parse(value)).hasValue(new VisitorToken(value));
		assertThat(VisitorToken.parse(null)).isEmpty();
		assertThat(VisitorToken.parse("")).isEmpty();
		assertThat(VisitorToken.parse(value + "x")).isEmpty();
		assertThat(VisitorToken.parse(value.substring(1) + "=")).isEmpty();
		assertThat(VisitorToken.parse("' OR 1=1 --")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new VisitorToken("short"));
	}

	@Test
	void neverShowsTheSecretInLogs() {
		VisitorToken token = VisitorToken.random();
		assertThat(token.toString()).doesNotContain(token.value());
	}

}
