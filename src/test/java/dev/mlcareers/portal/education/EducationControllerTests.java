package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.Region;
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

@WebMvcTest(EducationController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class, Breadcrumbs.class })
class EducationControllerTests {

	static final SourceRef PROFILE = new SourceRef("career-profile", 5, "Career profile");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EducationService education;

	@Test
	void showsEachPathWithDurationsEmployersExamsAndCaution() {
		given(this.education.paths()).willReturn(new PathsPage(
				List.of(new CountryPath(Region.EU, PROFILE,
						List.of(new PathStage(1, "BSc", 3, 3), new PathStage(2, "MSc", 1, 2),
								new PathStage(3, "Data roles", null, null)),
						List.of("Fintech", "Research labs"), "Some regions require the local language.",
						List.of(new ExamView("Country-specific exams", false, "They differ.", PROFILE),
								new ExamView("GRE", true, null, PROFILE)))),
				List.of(new TimelineStage("Graduate", 1, 2, "Specialisation.", PROFILE),
						new TimelineStage("Year out", 1, 1, "A year.", PROFILE)),
				List.of(new Pathway("Bootcamps", "A short route.", PROFILE))));
		assertThat(this.mvc.get().uri("/paths")).hasStatusOk()
			.bodyText()
			.contains("<h2 id=\"eu-heading\"><span>Europe</span>")
			.contains("3 years", "1–2 years", "duration not given", "1 year")
			.contains("Fintech, Research labs")
			.contains("<span>Country-specific exams</span><span>: They differ.</span>")
			.contains("<span>GRE</span><span> (optional)</span>")
			.contains("Some regions require the local language.")
			.contains("<dt>Bootcamps</dt>")
			.contains("href=\"/sources#career-profile\"");
	}

	@Test
	void saysSoWhenARegionHasNoExams() {
		given(this.education.paths()).willReturn(new PathsPage(
				List.of(new CountryPath(Region.IN, PROFILE, List.of(), List.of("Fintech"), "Competition.", List.of())),
				List.of(), List.of()));
		assertThat(this.mvc.get().uri("/paths")).hasStatusOk()
			.bodyText()
			.contains("The documents name no exam for this region.");
	}

}
