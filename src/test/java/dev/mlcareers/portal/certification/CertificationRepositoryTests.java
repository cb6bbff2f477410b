package dev.mlcareers.portal.certification;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class CertificationRepositoryTests {

	@Autowired
	CertificationRepository certifications;

	@Test
	void holdsTheFiveNamedCertificationsWithTheirIssuers() {
		assertThat(this.certifications.findAllByOrderByPosition())
			.extracting(Certification::getName, Certification::getIssuer, Certification::getSourceId)
			.containsExactly(tuple("Google Professional Machine Learning Engineer", "Google", "job-description"),
					tuple("Microsoft Certified: Azure AI Engineer Associate", "Microsoft", "job-description"),
					tuple("IBM AI Engineering Professional Certificate", "IBM", "job-description"),
					tuple("TensorFlow Developer Certificate", null, "job-description"),
					tuple("Certified Data Scientist (CDS)", "DASCA", "job-description"));
	}

}
