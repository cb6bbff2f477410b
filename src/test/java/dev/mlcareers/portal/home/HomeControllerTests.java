package dev.mlcareers.portal.home;

import java.util.List;

import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.role.OutlookFigure;
import dev.mlcareers.portal.role.OutlookKind;
import dev.mlcareers.portal.role.RoleService;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.system.SecurityConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(HomeController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class })
class HomeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RoleService roles;

	@MockitoBean
	RoadmapService roadmaps;

	@MockitoBean
	FlagshipJourney journey;

	@BeforeEach
	void content() {
		SourceRef guide = new SourceRef("career-guide", 1, "Machine Learning Engineer career guide");
		SourceRef jd = new SourceRef("job-description", 2, "Machine Learning Engineer job description");
		given(this.roles.roleCount()).willReturn(13);
		given(this.journey.flagship()).willReturn(FlagshipLayout.FLAGSHIP);
		given(this.roadmaps.stepCount("machine-learning-engineer")).willReturn(12);
		given(this.roles.flagshipOutlook()).willReturn(List.of(
				new OutlookFigure(OutlookKind.CHANGE, 23, 31, "Job growth", "over the past decade", null, guide),
				new OutlookFigure(OutlookKind.UP_TO, null, 75, "Expected demand growth", "over the next five years",
						null, guide),
				new OutlookFigure(OutlookKind.QUALITATIVE, null, null, "Growth of AI-related roles", "through 2030",
						"U.S. Bureau of Labor Statistics", jd)));
	}

	@Test
	void showsTheThreeJourneys() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("home/home")
			.bodyText()
			.contains("Plan a career in machine learning")
			.contains("href=\"/roles/machine-learning-engineer\"")
			.contains("href=\"/salaries\"")
			.contains("href=\"/roadmaps/machine-learning-engineer\"")
			.contains("All 13 roles")
			.contains("12 numbered steps");
	}

	@Test
	void showsEachOutlookFigureWithWhatItMeasuresAndItsSource() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("23% to 31%")
			.contains("Job growth, over the past decade.")
			.contains("Up to 75%")
			.contains("Much faster than average")
			.contains("As cited: U.S. Bureau of Labor Statistics.")
			.contains("href=\"/sources#career-guide\"")
			.contains("<a class=\"cite\" href=\"/sources#job-description\">[2]</a>");
	}

	@Test
	void carriesTheSecurityHeaders() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasValue("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
	}

	@Test
	void refusesAPostWithoutACsrfToken() {
		assertThat(this.mvc.post().uri("/")).hasStatus(403);
	}

}
