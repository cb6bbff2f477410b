package dev.mlcareers.portal.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicAddressTests {

	@ParameterizedTest
	@CsvSource({ "http://localhost:8080, http://localhost:8080/sources",
			"https://example.org/, https://example.org/sources", "HTTPS://example.org//, https://example.org/sources",
			"https://example.org/%7Eportal/, https://example.org/%7Eportal/sources",
			"https://example.org/ctx/../careers, https://example.org/careers/sources",
			"'  https://example.org/careers  ', https://example.org/careers/sources",
			"http://[::1]:8080/ctx, http://[::1]:8080/ctx/sources" })
	void keepsTheAddressAsWrittenWithoutATrailingSlash(String configured, String sources) {
		assertThat(new PublicAddress(configured).of("/sources")).isEqualTo(sources);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "example.org", "/careers", "ftp://example.org", "//example.org",
			"http://example.org/a b", "http://my_host:8080", "http://example.org:99999", "https://example.org/?lang=en",
			"https://example.org/#top", "https://user@example.org" })
	void refusesWhatIsNotAnAbsoluteWebAddress(String configured) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress(configured))
			.withMessageStartingWith("portal.public-url");
	}

	@Test
	void refusesAMissingAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress(null));
	}

	@Test
	void buildsOnlyPathsOfThePortal() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress("https://example.org").of("sources"));
	}

}
