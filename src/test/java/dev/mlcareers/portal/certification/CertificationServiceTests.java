package dev.mlcareers.portal.certification;

import dev.mlcareers.portal.roadmap.NamedLink;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ContentServiceTest
class CertificationServiceTests {

	@Autowired
	CertificationService certifications;

	@Test
	void listsEveryCertificationWithItsRolesAndRoadmapSteps() {
		assertThat(this.certifications.all()).hasSize(5).allSatisfy((cert) -> {
			// The job description lists every certification for the machine learning
			// engineer.
			assertThat(cert.roles().get(0).slug()).isEqualTo("machine-learning-engineer");
			assertThat(cert.roles().get(0).source().id()).isEqualTo("job-description");
			// Every other role comes from the roadmap's own step links: the portal's
			// suggestion.
			assertThat(cert.roles().subList(1, cert.roles().size())).allMatch(NamedLink::editorial);
			assertThat(cert.steps()).filteredOn((step) -> !step.editorial())
				.extracting(StepLink::number)
				.containsExactly(10);
			assertThat(cert.source().id()).isEqualTo("job-description");
		});
	}

	@Test
	void findsOneBySlugWithItsIssuerOrNone() {
		CertificationCard tensorflow = this.certifications.find("tensorflow-developer-certificate").orElseThrow();
		assertThat(tensorflow.issuer()).isNull();
		assertThat(tensorflow.steps()).extracting(StepLink::number).containsExactly(6, 10);
		assertThat(tensorflow.steps()).extracting(StepLink::editorial).containsExactly(true, false);
		assertThat(tensorflow.roles()).extracting(NamedLink::slug, NamedLink::editorial)
			.containsExactly(tuple("machine-learning-engineer", false),
					tuple("junior-machine-learning-engineer", true));
		assertThat(this.certifications.find("google-professional-machine-learning-engineer").orElseThrow().issuer())
			.isEqualTo("Google");
		assertThat(this.certifications.find("nope")).isEmpty();
	}

}
