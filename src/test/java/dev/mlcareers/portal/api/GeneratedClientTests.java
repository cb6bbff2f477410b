package dev.mlcareers.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.mlcareers.portal.apiclient.ApiClient;
import dev.mlcareers.portal.apiclient.ApiException;
import dev.mlcareers.portal.apiclient.ApiResponse;
import dev.mlcareers.portal.apiclient.api.ContentApi;
import dev.mlcareers.portal.apiclient.model.Certification;
import dev.mlcareers.portal.apiclient.model.Problem;
import dev.mlcareers.portal.apiclient.model.RoleDetail;
import dev.mlcareers.portal.apiclient.model.RoleList;
import dev.mlcareers.portal.apiclient.model.RoleSummary;
import dev.mlcareers.portal.apiclient.model.RoleCheck;
import dev.mlcareers.portal.apiclient.model.RoleComparisonResource;
import dev.mlcareers.portal.apiclient.model.SalaryComparisonResource;
import dev.mlcareers.portal.apiclient.model.SkillCheckResource;
import dev.mlcareers.portal.apiclient.model.SkillDetail;
import dev.mlcareers.portal.apiclient.model.SkillItem;
import dev.mlcareers.portal.apiclient.model.Source;
import dev.mlcareers.portal.apiclient.model.StepReference;
import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API as its users meet it through a generated client: the Java client that OpenAPI
 * Generator makes from the description kept in {@code docs/api/openapi.json} (built with
 * the tests, see the pom) reads every endpoint of a running portal, every role, skill,
 * certification, roadmap and comparison choice there is, and the problem details of every
 * kind of error. Its mapper refuses any property the description does not name, so an
 * answer with more than the description says fails here.
 */
@ApplicationTest
class GeneratedClientTests {

	@LocalServerPort
	int port;

	@Autowired
	SalaryService salaries;

	@Autowired
	FlagshipJourney journey;

	private ApiClient client;

	private ContentApi api;

	@BeforeEach
	void connect() {
		this.client = new ApiClient();
		this.client.updateBaseUri("http://localhost:" + this.port);
		// The client hands out copies of its mapper: a strict one is set, not configured.
		this.client.setObjectMapper(ApiClient.createDefaultObjectMapper()
			.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
		assertThat(this.client.getObjectMapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
		this.api = new ContentApi(this.client);
	}

	@Test
	void readsEveryRoleSkillCertificationRoadmapAndSource() throws ApiException {
		List<Source> sources = this.api.sources().getSources();
		assertThat(sources).extracting(Source::getId).containsExactlyInAnyOrderElementsOf(OpenDataApiTests.SOURCE_IDS);
		assertThat(sources).allSatisfy((source) -> assertThat(source.getContributions()).isNotEmpty());

		Set<String> roadmaps = new LinkedHashSet<>(List.of(this.journey.flagship().roadmapSlug()));
		List<RoleSummary> roles = this.api.roles().getRoles();
		assertThat(roles).hasSizeGreaterThan(1).filteredOn(RoleSummary::getFlagship).hasSize(1);
		for (RoleSummary summary : roles) {
			RoleDetail role = this.api.role(summary.getSlug());
			assertThat(role.getSlug()).isEqualTo(summary.getSlug());
			assertThat(role.getTitle()).isEqualTo(summary.getTitle());
			assertThat(role.getSources()).isSubsetOf(OpenDataApiTests.SOURCE_IDS);
			roadmaps.addAll(roadmapsOf(role.getRoadmapSteps()));
		}

		List<SkillItem> skills = this.api.skills()
			.getCategories()
			.stream()
			.flatMap((category) -> category.getSkills().stream())
			.toList();
		assertThat(skills).hasSizeGreaterThan(20);
		for (SkillItem item : skills) {
			SkillDetail skill = this.api.skill(item.getSlug());
			assertThat(skill.getName()).isEqualTo(item.getName());
			assertThat(skill.getSources()).isNotEmpty().isSubsetOf(OpenDataApiTests.SOURCE_IDS);
			roadmaps.addAll(roadmapsOf(skill.getRoadmapSteps()));
		}

		List<Certification> certifications = this.api.certifications().getCertifications();
		assertThat(certifications).isNotEmpty();
		for (Certification listed : certifications) {
			Certification certification = this.api.certification(listed.getSlug());
			assertThat(certification.getName()).isEqualTo(listed.getName());
			assertThat(certification.getSource()).isIn(OpenDataApiTests.SOURCE_IDS);
			roadmaps.addAll(roadmapsOf(certification.getRoadmapSteps()));
		}

		for (String slug : roadmaps) {
			assertThat(this.api.roadmap(slug).getSteps()).as(slug).isNotEmpty();
		}
		assertThat(this.api.paths().getCountries()).isNotEmpty();
	}

	@Test
	void comparesSalariesWithEveryChoiceTheDescriptionOffers() throws ApiException {
		SalaryComparisonResource standard = this.api.salaries(null, null, null, null);
		assertThat(standard.getRole().getSlug()).isEqualTo(this.journey.flagship().role().slug());
		assertThat(standard.getFigures()).isNotEmpty();
		assertThat(this.api.salaries(null, null, "market", null).getRates()).isNotEmpty();
		Map<String, List<String>> accepted = this.salaries.acceptedValues();
		Map<String, Function<String, Object>> asked = Map.of("role",
				(value) -> call((api) -> api.salaries(value, null, null, null)).getRole().getSlug(), "regions",
				(value) -> call((api) -> api.salaries(null, List.of(value), null, null)).getRegions().get(0).getValue(),
				"basis", (value) -> call((api) -> api.salaries(null, null, value, null)).getBasis().getValue(), "level",
				(value) -> call((api) -> api.salaries(null, null, null, value)).getLevel().getValue());
		assertThat(accepted.keySet()).isEqualTo(asked.keySet());
		accepted.forEach((parameter, values) -> values
			.forEach((value) -> assertThat(asked.get(parameter).apply(value)).as("%s=%s", parameter, value)
				.isEqualTo(value)));
	}

	@Test
	void checksSkillsAndReadsWhyAnUnknownSkillOrTooManyAreRefused() throws ApiException {
		SkillCheckResource check = this.api.skillCheck(List.of("sql", "python", "sql"));
		assertThat(check.getHave()).containsExactly("python", "sql");
		RoleCheck role = check.getRoles().get(0);
		assertThat(role.getRole()).isEqualTo(this.journey.flagship().role().slug());
		assertThat(role.getOverall().getHave()).isEqualTo(2);
		assertThat(role.getDocuments()).allSatisfy((document) -> {
			assertThat(document.getSourceId()).isIn(OpenDataApiTests.SOURCE_IDS);
			assertThat(document.getHave()).isBetween(0, 2);
		});
		assertThat(role.getMissing()).hasSize(role.getOverall().getAsked() - 2);
		assertThat(check.getRolesWithoutSkills()).isNotEmpty();

		Problem unknown = problem((api) -> api.skillCheck(List.of("python", "cobol")), 400);
		assertThat(unknown.getParameter()).isEqualTo("have");
		assertThat(unknown.getReason()).isEqualTo(Problem.ReasonEnum.UNKNOWN);
		assertThat(unknown.getAllowedValues()).contains("python", "sql").doesNotContain("cobol");
		Problem tooMany = problem((api) -> api.skillCheck(java.util.Collections.nCopies(500, "python")), 400);
		assertThat(tooMany.getReason()).isEqualTo(Problem.ReasonEnum.TOO_MANY);
	}

	@Test
	void comparesRolesAndReadsWhyTooManyRolesOrABadBasisAreRefused() throws ApiException {
		String flagship = this.journey.flagship().role().slug();
		RoleComparisonResource comparison = this.api
			.compareRoles(new LinkedHashSet<>(List.of("data-scientist", flagship)), "market");
		assertThat(comparison.getRoles()).containsExactly(flagship, "data-scientist");
		assertThat(comparison.getBasis()).isEqualTo(RoleComparisonResource.BasisEnum.MARKET);
		assertThat(comparison.getColumns()).extracting((column) -> column.getRole().getSlug())
			.containsExactly(flagship, "data-scientist");
		assertThat(comparison.getColumns().get(0).getPay().getFigures()).isNotEmpty()
			.allSatisfy((figure) -> assertThat(figure.getCurrency()).isEqualTo("USD"));
		assertThat(comparison.getRolesWithoutSkills()).containsExactly("data-scientist");

		// The description says each role once (uniqueItems), so the client sends a set: a
		// repeated role cannot be sent with it (RoleComparisonTests sends one).
		Problem tooMany = problem((api) -> api.compareRoles(
				new LinkedHashSet<>(List.of(flagship, "data-scientist", "data-analyst", "software-engineer")), null),
				400);
		assertThat(tooMany.getParameter()).isEqualTo("roles");
		assertThat(tooMany.getReason()).isEqualTo(Problem.ReasonEnum.TOO_MANY);
		assertThat(problem((api) -> api.compareRoles(Set.of(flagship), "weekly"), 400).getParameter())
			.isEqualTo("basis");
	}

	@Test
	void readsTheProblemDetailsOfAnUnknownSlugOnEveryEndpointThatTakesOne() {
		List<Call<?>> lookups = List.of((api) -> api.role("no-such-role"), (api) -> api.skill("no-such-skill"),
				(api) -> api.certification("no-such-certification"), (api) -> api.roadmap("no-such-roadmap"));
		for (Call<?> lookup : lookups) {
			Problem problem = problem(lookup, 404);
			assertThat(problem.getStatus()).isEqualTo(404);
			assertThat(problem.getTitle()).isEqualTo("Not Found");
			assertThat(problem.getDetail()).isNotBlank().doesNotContain("no-such");
		}
	}

	@Test
	void readsTheChoicesOfARefusedComparisonParameterFromItsProblem() {
		Problem problem = problem((api) -> api.salaries("no-such-role", null, null, null), 400);
		assertThat(problem.getParameter()).isEqualTo("role");
		assertThat(problem.getReason()).isEqualTo(Problem.ReasonEnum.UNKNOWN);
		assertThat(problem.getAllowedValues()).isEqualTo(this.salaries.acceptedValues().get("role"));
		assertThat(problem.getDetail()).doesNotContain("no-such-role");
		Problem region = problem((api) -> api.salaries(null, List.of("eu"), null, null), 400);
		assertThat(region.getParameter()).isEqualTo("regions");
		assertThat(region.getAllowedValues()).isEqualTo(this.salaries.acceptedValues().get("regions"));
	}

	@Test
	void readsTheProblemOfAnAnswerInAFormatTheApiDoesNotGive() {
		this.client.setRequestInterceptor((request) -> request.setHeader("Accept", "text/csv"));
		this.api = new ContentApi(this.client);
		Problem problem = problem(ContentApi::roles, 406);
		assertThat(problem.getStatus()).isEqualTo(406);
	}

	@Test
	void getsNotModifiedForTheTagItHolds() throws ApiException {
		ApiResponse<RoleList> first = this.api.rolesWithHttpInfo();
		String tag = first.getHeaders().get("etag").get(0);
		assertThat(tag).startsWith("\"");
		ApiException notModified = catchThrowableOfType(ApiException.class,
				() -> this.api.roles(Map.of("If-None-Match", tag)));
		assertThat(notModified.getCode()).isEqualTo(304);
		assertThat(notModified.getResponseHeaders().firstValue("ETag")).contains(tag);
		assertThat(this.api.roles(Map.of("If-None-Match", "\"another\"")).getRoles()).isNotEmpty();
	}

	private Problem problem(Call<?> call, int status) {
		ApiException refused = catchThrowableOfType(ApiException.class, () -> call.on(this.api));
		assertThat(refused).as("a %d answer", status).isNotNull();
		assertThat(refused.getCode()).isEqualTo(status);
		assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
		try {
			return this.client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
		}
		catch (Exception ex) {
			throw new AssertionError("Problem details the client cannot read: " + refused.getResponseBody(), ex);
		}
	}

	private SalaryComparisonResource call(Call<SalaryComparisonResource> call) {
		try {
			return call.on(this.api);
		}
		catch (ApiException ex) {
			throw new AssertionError(ex.getCode() + " " + ex.getResponseBody(), ex);
		}
	}

	private static List<String> roadmapsOf(List<StepReference> steps) {
		List<String> slugs = new ArrayList<>();
		steps.forEach((step) -> slugs.add(step.getRoadmap()));
		return slugs;
	}

	@FunctionalInterface
	private interface Call<T> {

		T on(ContentApi api) throws ApiException;

	}

}
