package dev.mlcareers.portal.api;

import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.certification.CertificationService;
import dev.mlcareers.portal.education.EducationService;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.role.RoleCard;
import dev.mlcareers.portal.role.RoleService;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.role.TrackGroup;
import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import dev.mlcareers.portal.skill.RoleNeed;
import dev.mlcareers.portal.skill.SkillCategory;
import dev.mlcareers.portal.skill.SkillLink;
import dev.mlcareers.portal.skill.SkillPage;
import dev.mlcareers.portal.role.RoleComparisonService;
import dev.mlcareers.portal.skill.SkillCheckService;
import dev.mlcareers.portal.skill.SkillService;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourceService;
import dev.mlcareers.portal.source.SourcedText;
import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.system.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebMvcTest(OpenDataController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class })
class OpenDataControllerTests {

	static final SourceRef GUIDE = new SourceRef("career-guide", 1, "Career guide");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RoleService roles;

	@MockitoBean
	SkillService skills;

	@MockitoBean
	CertificationService certifications;

	@MockitoBean
	SalaryService salaries;

	@MockitoBean
	RoadmapService roadmaps;

	@MockitoBean
	EducationService education;

	@MockitoBean
	SourceService sources;

	@MockitoBean
	SkillCheckService checks;

	@MockitoBean
	RoleComparisonService comparisons;

	@Test
	void mapsTheReadModelToTheApisNamesAndCodes() {
		given(this.roles.index())
			.willReturn(List.of(new TrackGroup(Track.ENGINEERING, List.of(new RoleCard("machine-learning-engineer",
					"Machine Learning Engineer", Track.ENGINEERING, 2, true, "Builds models.", List.of())))));
		assertThat(this.mvc.get().uri("/api/v1/roles")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"roles": [{"slug": "machine-learning-engineer", "title": "Machine Learning Engineer",
					  "track": "engineering", "ladderRank": 2, "flagship": true, "summary": "Builds models.",
					  "pay": []}]}""");
	}

	@Test
	void givesEachSourceAsItsIdOnly() {
		given(this.skills.page("python")).willReturn(Optional.of(new SkillPage("python", "Python",
				SkillCategory.LANGUAGE, "A language.", List.of(GUIDE), List.of(new SourcedText("Scripts.", GUIDE)),
				List.of(new RoleNeed(new RoleRef("machine-learning-engineer", "Machine Learning Engineer", 2, true),
						List.of(GUIDE))),
				List.of(new StepLink("machine-learning-engineer", 2, "Learn Python", GUIDE),
						new StepLink("machine-learning-engineer", 6, "Learn the frameworks", null)),
				List.of(new SkillLink("r", "R")))));
		assertThat(this.mvc.get().uri("/api/v1/skills/python")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"slug": "python", "name": "Python", "category": "language", "description": "A language.",
				 "sources": ["career-guide"], "examples": [{"text": "Scripts.", "source": "career-guide"}],
				 "roles": [{"slug": "machine-learning-engineer", "title": "Machine Learning Engineer",
				            "sources": ["career-guide"]}],
				 "roadmapSteps": [{"roadmap": "machine-learning-engineer", "number": 2, "title": "Learn Python",
				                   "sourceId": "career-guide", "editorial": false},
				                  {"roadmap": "machine-learning-engineer", "number": 6, "title": "Learn the frameworks",
				                   "sourceId": null, "editorial": true}],
				 "related": [{"slug": "r", "name": "R"}]}""");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/roles/{slug}", "/api/v1/skills/{slug}", "/api/v1/certifications/{slug}",
			"/api/v1/roadmaps/{slug}" })
	void neverLooksUpSomethingThatIsNotASlug(String template) {
		for (String hostile : List.of("<script>", "' OR 1=1 --", "Python", "a".repeat(81), "x.json")) {
			assertThat(this.mvc.get().uri(template, hostile)).hasStatus(404)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyText()
				.doesNotContain("<script>", "' OR 1=1");
		}
		then(this.roles).should(never()).page(anyString());
		then(this.skills).should(never()).page(anyString());
		then(this.certifications).should(never()).find(anyString());
		then(this.roadmaps).should(never()).roadmap(anyString());
	}

	@Test
	void answersAnUnknownRoleWithAProblemNamingWhatWasLookedFor() {
		given(this.roles.page("nobody")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/api/v1/roles/nobody")).hasStatus(404).bodyJson().isLenientlyEqualTo("""
				{"title": "Not Found", "status": 404,
				 "detail": "There is no role with that slug. The list of all of them has every valid slug."}""");
	}

	@Test
	void answersAnInvalidChoiceWithTheParameterAndItsValues() {
		given(this.salaries.parse(any())).willThrow(new InvalidChoiceException("regions",
				InvalidChoiceException.Problem.UNKNOWN, List.of(Choice.keyed("in", "region.in"))));
		assertThat(this.mvc.get().uri("/api/v1/salaries?regions=xx")).hasStatus(400).bodyJson().isLenientlyEqualTo("""
				{"status": 400, "parameter": "regions", "reason": "unknown", "allowedValues": ["in"]}""");
	}

	@Test
	void answersItsOwnFailureWith500AndNoDetails() {
		given(this.sources.documents()).willThrow(new IllegalStateException("secret internals"));
		assertThat(this.mvc.get().uri("/api/v1/sources")).hasStatus(500)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyText()
			.contains("Something went wrong on our side")
			.doesNotContain("secret", "IllegalStateException", "at dev.");
	}

}
