package dev.mlcareers.portal.skill;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.roadmap.ProgressService;
import dev.mlcareers.portal.roadmap.SkillHoldings;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.roadmap.VisitorCookie;
import dev.mlcareers.portal.roadmap.VisitorToken;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.IndexPages;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import dev.mlcareers.portal.system.SecurityConfig;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebMvcTest(SkillController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class, Breadcrumbs.class, IndexPages.class })
class SkillControllerTests {

	static final SourceRef GUIDE = new SourceRef("career-guide", 1, "Career guide");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SkillService skills;

	@MockitoBean
	ProgressService progress;

	@BeforeEach
	void nobodysSkills() {
		given(this.progress.skillsIfReadable(Optional.empty())).willReturn(Optional.of(SkillHoldings.none()));
	}

	@Test
	void listsTheSkillsByCategory() {
		given(this.skills.index()).willReturn(List.of(new SkillGroup<>(SkillCategory.LANGUAGE,
				List.of(new SkillSummary("python", "Python", "The language.", 4)))));
		assertThat(this.mvc.get().uri("/skills")).hasStatusOk()
			.bodyText()
			.contains("<h2 id=\"language-heading\">Programming languages</h2>")
			.contains("href=\"/skills/python\"")
			.contains("Named by 4 documents");
	}

	@Test
	void showsASkillWithItsDocumentsRolesAndSteps() {
		given(this.skills.page("python"))
			.willReturn(Optional.of(new SkillPage("python", "Python", SkillCategory.LANGUAGE, "The language.",
					List.of(GUIDE), List.of(new SourcedText("A recommender.", GUIDE)),
					List.of(new RoleNeed(new RoleRef("machine-learning-engineer", "Machine Learning Engineer", 2, true),
							List.of(GUIDE))),
					List.of(new StepLink("machine-learning-engineer", 2, "Learn Python", GUIDE),
							new StepLink("machine-learning-engineer", 12, "Specialise", null)),
					List.of(new SkillLink("r", "R")))));
		assertThat(this.mvc.get().uri("/skills/python")).hasStatusOk()
			.bodyText()
			.contains("<title>Python: who needs it and where to learn it · ML Careers Portal</title>")
			.contains("href=\"/roles/machine-learning-engineer\"")
			.contains("href=\"/roadmaps/machine-learning-engineer/steps/2\"")
			.contains("Step 2: Learn Python")
			.containsSubsequence("Step 2: Learn Python", "href=\"/sources#career-guide\"",
					"Our suggestion, not from the documents:", "Step 12: Specialise")
			.contains("A recommender.")
			.contains("Other Programming languages")
			.contains("href=\"/skills/r\"");
	}

	@Test
	void tellsAVisitorWhoHasTheSkillHowTheyHaveIt() {
		given(this.skills.page("adaptability")).willReturn(Optional.of(new SkillPage("adaptability", "Adaptability",
				SkillCategory.SOFT_SKILL, "Named once.", List.of(GUIDE), List.of(), List.of(), List.of(), List.of())));
		String token = "a".repeat(43);
		given(this.progress.skillsIfReadable(VisitorToken.parse(token))).willReturn(Optional.of(new SkillHoldings(
				Set.of("adaptability"),
				Map.of("adaptability", List.of(new StepLink("machine-learning-engineer", 11, "Soft skills", GUIDE))))));
		assertThat(this.mvc.get().uri("/skills/adaptability").cookie(new Cookie(VisitorCookie.NAME, token)))
			.hasStatusOk()
			.hasHeader("Vary", "Cookie")
			.bodyText()
			.containsSubsequence("you have it", "(you said so)", "(learned on the roadmap, step 11)",
					"href=\"/skills/check\"");
		assertThat(this.mvc.get().uri("/skills/adaptability")).hasStatusOk().bodyText().doesNotContain("you have it");
	}

	@Test
	void saysSoWhenNoStepTeachesASkill() {
		given(this.skills.page("adaptability")).willReturn(Optional.of(new SkillPage("adaptability", "Adaptability",
				SkillCategory.SOFT_SKILL, "Named once.", List.of(GUIDE), List.of(), List.of(), List.of(), List.of())));
		assertThat(this.mvc.get().uri("/skills/adaptability")).hasStatusOk()
			.bodyText()
			.contains("No roadmap step is tied to it by a document.")
			.doesNotContain("Our suggestion");
	}

	@Test
	void answersAnUnknownOrMalformedSkillWith404() {
		given(this.skills.page("cobol")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/skills/cobol")).hasStatus(404);
		assertThat(this.mvc.get().uri("/skills/C++")).hasStatus(404);
		then(this.skills).should(never()).page("C++");
		then(this.skills).should().page(anyString());
	}

}
