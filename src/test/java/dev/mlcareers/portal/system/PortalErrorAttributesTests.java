package dev.mlcareers.portal.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalErrorAttributesTests {

	@Test
	void statusesWithTheirOwnTextUseIt() {
		assertThat(PortalErrorAttributes.errorKey(404)).isEqualTo("404");
		assertThat(PortalErrorAttributes.errorKey(400)).isEqualTo("400");
		assertThat(PortalErrorAttributes.errorKey(500)).isEqualTo("500");
	}

	@Test
	void otherStatusesFallBackToClientOrServer() {
		assertThat(PortalErrorAttributes.errorKey(418)).isEqualTo("client");
		assertThat(PortalErrorAttributes.errorKey(429)).isEqualTo("client");
		assertThat(PortalErrorAttributes.errorKey(502)).isEqualTo("server");
	}

}
