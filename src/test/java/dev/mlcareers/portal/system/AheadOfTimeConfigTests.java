package dev.mlcareers.portal.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AheadOfTimeConfigTests {

	@Test
	void refusesTheProfileThatAddsBeansOnlyWhenStartedFromBuildTimeDefinitions() {
		assertThatIllegalStateException().isThrownBy(() -> AheadOfTimeConfig.check(true, profiles("prometheus")))
			.withMessageContaining("-Dspring.aot.enabled=false");
		assertThatIllegalStateException()
			.isThrownBy(() -> AheadOfTimeConfig.check(true, profiles("postgres", "prometheus")));
		assertThatNoException().isThrownBy(() -> AheadOfTimeConfig.check(false, profiles("postgres", "prometheus")));
	}

	@Test
	void letsProfilesThatOnlySetPropertiesThrough() {
		assertThatNoException().isThrownBy(() -> AheadOfTimeConfig.check(true, profiles()));
		assertThatNoException().isThrownBy(() -> AheadOfTimeConfig.check(true, profiles("postgres", "benchmark")));
	}

	private static MockEnvironment profiles(String... active) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(active);
		return environment;
	}

}
