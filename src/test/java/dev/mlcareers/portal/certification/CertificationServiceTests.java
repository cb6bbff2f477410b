package dev.mlcareers.portal.certification;

import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ContentServiceTest
class CertificationServiceTests {

	@Autowired
	CertificationService certifications;

	@Test
	void listsEveryCertificationWithItsRolesAndRoadmapSteps() {
		assertThat(this.certifications.all()).hasSize(5).allSatisfy((cert) -> {
			assertThat(cert.roles()).extracting(CertificationRole::slug).contains("machine-learning-engineer");
			assertThat(cert.steps()).extracting(StepLink::number).contains(10);
			assertThat(cert.source().id()).isEqualTo("job-description");
		});
	}

	@Test
	void findsOneBySlugWithItsIssuerOrNone() {
		CertificationCard tensorflow = this.certifications.find("tensorflow-developer-certificate").orElseThrow();
		assertThat(tensorflow.issuer()).isNull();
		assertThat(tensorflow.steps()).extracting(StepLink::number).containsExactly(6, 10);
		assertThat(this.certifications.find("google-professional-machine-learning-engineer").orElseThrow().issuer())
			.isEqualTo("Google");
		assertThat(this.certifications.find("nope")).isEmpty();
	}

}
