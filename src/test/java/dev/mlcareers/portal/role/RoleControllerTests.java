package dev.mlcareers.portal.role;

import jakarta.servlet.http.Cookie;
import dev.mlcareers.portal.shared.IndexPages;
import dev.mlcareers.portal.roadmap.VisitorToken;
import dev.mlcareers.portal.roadmap.VisitorCookie;
import java.util.Set;
import java.util.Map;
import dev.mlcareers.portal.roadmap.SkillHoldings;

import dev.mlcareers.portal.roadmap.ProgressService;

import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.salary.MoneyFormatter;
import dev.mlcareers.portal.salary.SalaryAddresses;
import dev.mlcareers.portal.level.LevelText;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebMvcTest(RoleController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class, MoneyFormatter.class, LevelText.class, IndexPages.class })
class RoleControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RoleStructuredData structuredData;

	@MockitoBean
	RoleService roles;

	@MockitoBean
	RoleDirectory directory;

	@MockitoBean(name = "salaryAddresses")
	SalaryAddresses salaryAddresses;

	@MockitoBean
	ProgressService progress;

	/** Left out of the slice: "Cite this page" is checked in CitationApplicationTests. */
	@MockitoBean
	RoleCitation citation;

	@BeforeEach
	void salaryAddresses() {
		given(this.progress.skillsIfReadable(Optional.empty())).willReturn(Optional.of(SkillHoldings.none()));
		given(this.salaryAddresses.of(anyString())).willAnswer((call) -> "/salaries?role=" + call.getArgument(0));
	}

	@Test
	void listsTheRolesByTrackWithTheirPay() {
		given(this.roles.index()).willReturn(List.of(new TrackGroup(Track.ENGINEERING,
				List.of(RoleFixtures.card("machine-learning-engineer", "Machine Learning Engineer", true,
						List.of(RoleFixtures.entryBandInIndia())),
						RoleFixtures.card("technical-director", "Technical Director", false, List.of())))));
		assertThat(this.mvc.get().uri("/roles")).hasStatusOk()
			.hasViewName("role/roles")
			.bodyText()
			.contains("<h2 id=\"track-engineering-heading\">Engineering</h2>")
			.contains("href=\"/roles/machine-learning-engineer\"")
			.contains("India:")
			.contains("₹7 LPA – ₹12 LPA")
			.contains("Pay: not given in the documents.");
	}

	@Test
	void marksTheSkillsAVisitorHasAndSaysSoWhenTheyCannotBeRead() {
		given(this.roles.page("machine-learning-engineer")).willReturn(Optional.of(RoleFixtures.flagship()));
		String alice = "a".repeat(43);
		String bob = "b".repeat(43);
		given(this.progress.skillsIfReadable(VisitorToken.parse(alice)))
			.willReturn(Optional.of(new SkillHoldings(Set.of("python"), Map.of())));
		given(this.progress.skillsIfReadable(VisitorToken.parse(bob))).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/roles/machine-learning-engineer").cookie(new Cookie(VisitorCookie.NAME, alice)))
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("href=\"/skills/python\"", "<span class=\"have-mark\">you have it</span>");
		assertThat(this.mvc.get().uri("/roles/machine-learning-engineer")).hasStatusOk()
			.bodyText()
			.doesNotContain("have-mark");
		assertThat(this.mvc.get().uri("/roles/machine-learning-engineer").cookie(new Cookie(VisitorCookie.NAME, bob)))
			.hasStatusOk()
			.hasHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate")
			.bodyText()
			.contains("cannot be shown just now")
			.doesNotContain("have-mark");
	}

	@Test
	void showsEverySectionOfARoleWithFacts() {
		given(this.roles.page("machine-learning-engineer")).willReturn(Optional.of(RoleFixtures.flagship()));
		assertThat(this.mvc.get().uri("/roles/machine-learning-engineer")).hasStatusOk()
			.bodyText()
			.contains(
					"<title>Machine Learning Engineer: the work, skills, pay and career path · ML Careers Portal</title>")
			.contains("<meta name=\"description\" content=\"Machine Learning Engineer summary.\">")
			.contains("<meta property=\"og:title\"")
			.contains("id=\"overview\"", "id=\"duties\"", "id=\"week\"", "id=\"skills\"", "id=\"education\"",
					"id=\"industries\"", "id=\"outlook\"", "id=\"pay\"", "id=\"ladder\"", "id=\"roadmap\"",
					"id=\"fit\"", "id=\"faq\"", "id=\"sources\"")
			.doesNotContain("id=\"unknown\"")
			.contains("Example (Healthcare): Tumour detection.")
			.contains("Monday: Data wrangling")
			.contains("Junior (1–2 years)")
			.contains("href=\"/skills/python\"")
			.contains("href=\"/certifications/tensorflow-developer-certificate\"")
			.contains("Issuer not named in the documents")
			.contains("Master&#39;s or PhD:")
			.contains("subject not specified")
			.contains("Entry level (0–4 years)")
			.contains("href=\"/salaries?role=machine-learning-engineer\"")
			.contains("href=\"/roles/technical-director\"")
			.contains("href=\"/roadmaps/machine-learning-engineer/steps/11\"")
			.contains("<svg class=\"chart chart--work-mix\" role=\"img\"")
			.contains("<svg class=\"ladder\" role=\"group\"")
			.contains("aria-current=\"page\"")
			.contains("href=\"/sources#career-guide\"");
	}

	@Test
	void saysPlainlyWhatTheDocumentsLeaveOpenForASparseRole() {
		given(this.roles.page("technical-director")).willReturn(Optional.of(RoleFixtures.sparse()));
		assertThat(this.mvc.get().uri("/roles/technical-director")).hasStatusOk()
			.bodyText()
			.contains("id=\"unknown\"")
			.contains("what the work involves day to day")
			.contains("which skills the role needs")
			.contains("what it pays")
			.contains("The documents give no pay figure for this role.")
			.contains("The documents name no step beyond this role.")
			.doesNotContain("id=\"skills\"")
			.doesNotContain("id=\"week\"");
	}

	@Test
	void answersAnUnknownRoleWith404() {
		given(this.roles.page("astronaut")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/roles/astronaut")).hasStatus(404);
	}

	@Test
	void neverLooksUpSomethingThatIsNotASlug() {
		assertThat(this.mvc.get().uri("/roles/Machine_Learning")).hasStatus(404);
		assertThat(this.mvc.get().uri("/roles/" + "a".repeat(81))).hasStatus(404);
		assertThat(this.mvc.get().uri("/roles/a--b")).hasStatus(404);
		then(this.roles).should(never()).page(anyString());
	}

}
