package dev.mlcareers.portal.certification;

import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.roadmap.NamedLink;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.IndexPages;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.system.SecurityConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(CertificationController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class, Breadcrumbs.class, IndexPages.class })
class CertificationControllerTests {

	static final SourceRef JD = new SourceRef("job-description", 2, "Job description");

	static final CertificationCard GOOGLE = new CertificationCard("google-professional-machine-learning-engineer",
			"Google Professional Machine Learning Engineer", "Google", "From Google.", JD,
			List.of(new NamedLink("machine-learning-engineer", "Machine Learning Engineer", JD),
					new NamedLink("junior-machine-learning-engineer", "Junior Machine Learning Engineer", null)),
			List.of(new StepLink("machine-learning-engineer", 9, "Learn MLOps and deployment", null),
					new StepLink("machine-learning-engineer", 10, "Earn a certification", JD)));

	static final CertificationCard TENSORFLOW = new CertificationCard("tensorflow-developer-certificate",
			"TensorFlow Developer Certificate", null, "Named after TensorFlow.", JD, List.of(),
			List.of(new StepLink("machine-learning-engineer", 10, "Earn a certification", JD)));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CertificationService certifications;

	@Test
	void listsTheCertificationsWithIssuersAndSteps() {
		given(this.certifications.all()).willReturn(List.of(GOOGLE, TENSORFLOW));
		assertThat(this.mvc.get().uri("/certifications")).hasStatusOk()
			.bodyText()
			.contains("Issued by Google")
			.contains("Issuer not named in the documents")
			.contains("Roadmap step 10, from the documents")
			.contains("Our suggestion: step 9")
			.contains("href=\"/certifications/tensorflow-developer-certificate\"");
	}

	@Test
	void showsACertificationWithItsRolesAndSteps() {
		given(this.certifications.find(GOOGLE.slug())).willReturn(Optional.of(GOOGLE));
		assertThat(this.mvc.get().uri("/certifications/" + GOOGLE.slug())).hasStatusOk()
			.bodyText()
			.contains("<h1>Google Professional Machine Learning Engineer</h1>")
			.contains("href=\"/roles/machine-learning-engineer\"")
			.contains("href=\"/roadmaps/machine-learning-engineer/steps/10\"")
			.contains("href=\"/sources#job-description\"");
	}

	@Test
	void showsTheLinksThatAreOursApartFromTheDocuments() throws Exception {
		given(this.certifications.find(GOOGLE.slug())).willReturn(Optional.of(GOOGLE));
		String page = this.mvc.get()
			.uri("/certifications/" + GOOGLE.slug())
			.exchange()
			.getResponse()
			.getContentAsString();
		String roles = page.substring(page.indexOf("id=\"roles-heading\""), page.indexOf("id=\"steps-heading\""));
		String steps = page.substring(page.indexOf("id=\"steps-heading\""));
		// The role the job description lists it for, cited; the junior role is our
		// suggestion.
		assertThat(roles).containsSubsequence("href=\"/roles/machine-learning-engineer\"",
				"href=\"/sources#job-description\"", "Our suggestion, not from the documents:",
				"<ul class=\"editorial\">", "href=\"/roles/junior-machine-learning-engineer\"");
		// Step 10 is the job description's own; step 9 is ours.
		assertThat(steps).containsSubsequence("href=\"/roadmaps/machine-learning-engineer/steps/10\"",
				"href=\"/sources#job-description\"", "Our suggestion, not from the documents:",
				"href=\"/roadmaps/machine-learning-engineer/steps/9\"");
		assertThat(steps.substring(0, steps.indexOf("Our suggestion")))
			.doesNotContain("href=\"/roadmaps/machine-learning-engineer/steps/9\"");
	}

	@Test
	void saysWhenTheIssuerAndRolesAreNotNamed() {
		given(this.certifications.find(TENSORFLOW.slug())).willReturn(Optional.of(TENSORFLOW));
		assertThat(this.mvc.get().uri("/certifications/" + TENSORFLOW.slug())).hasStatusOk()
			.bodyText()
			.contains("Not named in the documents")
			.contains("The documents tie it to no role in particular.")
			.doesNotContain("Our suggestion");
	}

	@Test
	void answersAnUnknownCertificationWith404() {
		given(this.certifications.find("nope")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/certifications/nope")).hasStatus(404);
	}

}
