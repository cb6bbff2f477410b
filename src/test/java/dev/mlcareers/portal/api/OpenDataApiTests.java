package dev.mlcareers.portal.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.mlcareers.portal.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's contract over the real content: every endpoint's status, type, caching
 * headers, shape and a few exact values; every source id a real document.
 */
@ApplicationTest
class OpenDataApiTests {

	static final Set<String> SOURCE_IDS = Set.of("career-guide", "job-description", "education-article",
			"magazine-article", "career-profile");

	/** The fields that hold source ids. */
	static final Set<String> SOURCE_FIELDS = Set.of("source", "sources", "askedBy", "answeredFrom", "hiringPer");

	/** Every endpoint, with the parameters of the issue's own examples. */
	static final List<String> ENDPOINTS = List.of("/api/v1/roles", "/api/v1/roles/machine-learning-engineer",
			"/api/v1/skills", "/api/v1/skills/python", "/api/v1/certifications",
			"/api/v1/certifications/google-professional-machine-learning-engineer", "/api/v1/salaries",
			"/api/v1/salaries?regions=in&regions=us&basis=ppp", "/api/v1/roadmaps/machine-learning-engineer",
			"/api/v1/paths", "/api/v1/sources", "/api/v1/skills/check?have=python&have=sql",
			"/api/v1/roles/compare?roles=machine-learning-engineer&roles=data-scientist&basis=ppp");

	@Autowired
	RestTestClient client;

	@Autowired
	JsonMapper json;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private ApiContract contract;

	/**
	 * What a client that compresses, asks with HEAD or sends any form of
	 * {@code If-None-Match} gets, over a plain HTTP client that sends exactly the headers
	 * given (the same with the page cache on and off).
	 */
	@Test
	void tagsEachContentCodingAndAnswersHeadAndEveryFormOfIfNoneMatchLikeGet() throws Exception {
		HttpResponse<byte[]> identity = send("GET", "/api/v1/roles");
		HttpResponse<byte[]> gzip = send("GET", "/api/v1/roles", "Accept-Encoding", "gzip");
		String tag = identity.headers().firstValue("ETag").orElseThrow();
		String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.body().length).isLessThan(identity.body().length);
		assertThat(gzipTag).as("another representation, another strong tag").isNotEqualTo(tag).doesNotStartWith("W/");
		for (HttpResponse<byte[]> answer : List.of(identity, gzip)) {
			assertThat(answer.headers().allValues("Vary"))
				.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
		}
		HttpResponse<byte[]> head = send("HEAD", "/api/v1/roles", "Accept-Encoding", "gzip");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("ETag")).hasValue(gzipTag);
		assertThat(head.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(send("HEAD", "/api/v1/roles", "If-None-Match", tag).statusCode()).as("HEAD, matching")
			.isEqualTo(304);
		assertThat(send("GET", "/api/v1/roles", "If-None-Match", "*").statusCode()).as("*").isEqualTo(304);
		assertThat(send("GET", "/api/v1/roles", "If-None-Match", "\"other\"", "If-None-Match", tag).statusCode())
			.as("a list over two field lines")
			.isEqualTo(304);
		assertThat(send("GET", "/api/v1/roles", "If-None-Match", "\"other\", W/" + tag).statusCode())
			.as("a weak match in a list")
			.isEqualTo(304);
		HttpResponse<byte[]> other = send("GET", "/api/v1/roles", "If-None-Match", "\"other\"");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/v1/roles/no-such-role", "If-None-Match", "*").statusCode())
			.as("no current representation: no 304")
			.isEqualTo(404);
		assertThat(send("GET", "/api/v1/roles/no-such-role").headers().firstValue("ETag")).as("an error has no tag")
			.isEmpty();
	}

	private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void everyEndpointAnswersCacheableJsonWithAStrongEtag() {
		for (String path : ENDPOINTS) {
			EntityExchangeResult<String> result = get(path, 200);
			HttpHeaders headers = result.getResponseHeaders();
			assertThat(headers.getContentType()).as(path).isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(headers.getCacheControl()).as(path).isEqualTo("max-age=300, public, s-maxage=3600");
			assertThat(headers.getETag()).as(path).matches("\"[0-9a-f]{33}(-gzip)?\"");
		}
	}

	@Test
	void everySourceIdIsOneOfTheFiveDocuments() {
		for (String path : ENDPOINTS) {
			Set<String> cited = new TreeSet<>();
			collectSources(body(path), cited);
			assertThat(cited).as(path).isSubsetOf(SOURCE_IDS);
			if (!path.equals("/api/v1/skills") && !path.equals("/api/v1/sources")) {
				assertThat(cited).as(path).isNotEmpty();
			}
		}
	}

	@Test
	void answersAMatchingEtagWithNotModifiedAndNoBody() {
		for (String path : ENDPOINTS) {
			String etag = get(path, 200).getResponseHeaders().getETag();
			EntityExchangeResult<String> again = this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectBody(String.class)
				.returnResult();
			assertThat(again.getResponseBody()).as(path).isNull();
			assertDescribed(path, again);
			assertThat(again.getResponseHeaders().getETag()).as(path).isEqualTo(etag);
			this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, "\"0another\"")
				.exchange()
				.expectStatus()
				.isOk();
		}
		assertThat(get("/api/v1/skills/python", 200).getResponseHeaders().getETag())
			.isNotEqualTo(get("/api/v1/skills/pytorch", 200).getResponseHeaders().getETag());
	}

	@Test
	void listsEveryRoleInLadderOrderWithItsPay() {
		JsonNode roles = body("/api/v1/roles").get("roles");
		assertThat(roles).hasSize(13);
		JsonNode flagship = roles.get(0);
		assertThat(fieldNames(flagship)).containsExactly("slug", "title", "track", "ladderRank", "flagship", "summary",
				"pay");
		assertThat(flagship.get("slug").asString()).isEqualTo("machine-learning-engineer");
		assertThat(flagship.get("flagship").asBoolean()).isTrue();
		JsonNode india = flagship.get("pay").get(0);
		assertThat(india.get("region").asString()).isEqualTo("in");
		assertThat(india.get("currency").asString()).isEqualTo("INR");
		assertThat(india.get("low").asLong()).isEqualTo(700_000);
		assertThat(india.get("high").asLong()).isEqualTo(2_500_000);
		assertThat(india.get("openTop").asBoolean()).isTrue();
		assertThat(india.get("sources").get(0).asString()).isEqualTo("career-guide");
	}

	@Test
	void givesOneRoleInFullWithEveryFactSourced() {
		JsonNode role = body("/api/v1/roles/machine-learning-engineer");
		assertThat(fieldNames(role)).containsExactly("slug", "title", "track", "ladderRank", "flagship", "summary",
				"names", "overview", "workEnvironment", "workMix", "duties", "responsibilities",
				"responsibilitiesByLevel", "week", "skills", "degrees", "credentialNotes", "certifications",
				"industries", "employers", "outlook", "pay", "comesFrom", "leadsTo", "roadmapSteps", "tradeOffs",
				"suits", "notSuits", "questions", "unknownTopics", "sources");
		assertThat(role.get("title").asString()).isEqualTo("Machine Learning Engineer");
		assertThat(role.get("workMix").get("source").asString()).isEqualTo("career-profile");
		assertThat(role.get("workMix").get("shares").get(0).get("percent").asInt()).isEqualTo(30);
		assertThat(role.get("pay")).hasSize(7);
		assertThat(role.get("certifications")).hasSize(5);
		assertThat(role.get("unknownTopics")).isEmpty();
		assertThat(role.get("sources")).hasSize(5);
		JsonNode junior = body("/api/v1/roles/junior-machine-learning-engineer");
		assertThat(junior.get("pay")).isEmpty();
		assertThat(junior.get("workMix").isNull()).isTrue();
		assertThat(junior.get("unknownTopics").toString()).contains("\"pay\"");
	}

	@Test
	void groupsSkillsByCategoryAndGivesOneInFull() {
		JsonNode categories = body("/api/v1/skills").get("categories");
		assertThat(categories).hasSize(10);
		assertThat(categories.get(0).get("category").asString()).isEqualTo("language");
		JsonNode python = body("/api/v1/skills/python");
		assertThat(fieldNames(python)).containsExactly("slug", "name", "category", "description", "sources", "examples",
				"roles", "roadmapSteps", "related");
		assertThat(python.get("name").asString()).isEqualTo("Python");
		assertThat(python.get("sources")).hasSize(4);
		assertThat(python.get("roadmapSteps").get(0).get("title").asString()).isEqualTo("Learn Python");
	}

	@Test
	void listsTheCertificationsWithTheirIssuers() {
		JsonNode certifications = body("/api/v1/certifications").get("certifications");
		assertThat(certifications).hasSize(5);
		JsonNode first = certifications.get(0);
		assertThat(first.get("slug").asString()).isEqualTo("google-professional-machine-learning-engineer");
		assertThat(first.get("issuer").asString()).isEqualTo("Google");
		assertThat(first.get("source").asString()).isEqualTo("job-description");
		assertThat(body("/api/v1/certifications/google-professional-machine-learning-engineer")).isEqualTo(first);
	}

	@Test
	void comparesSalariesWithTheParametersOfTheSalaryPage() {
		JsonNode comparison = body("/api/v1/salaries?regions=us&regions=in&basis=ppp");
		assertThat(comparison.get("regions").toString()).isEqualTo("[\"in\",\"us\"]");
		assertThat(comparison.get("basis").asString()).isEqualTo("ppp");
		assertThat(comparison.get("level").isNull()).isTrue();
		JsonNode entry = comparison.get("figures").get(0);
		assertThat(entry.get("currency").asString()).isEqualTo("PPP");
		assertThat(entry.get("minimum").asLong()).isEqualTo(29_500);
		assertThat(entry.get("original").get("currency").asString()).isEqualTo("INR");
		assertThat(entry.get("original").get("minimum").asLong()).isEqualTo(700_000);
		assertThat(comparison.get("regionsWhereSourcesDiffer").toString()).isEqualTo("[\"us\"]");
		assertThat(comparison.get("rates")).hasSize(2);
		JsonNode local = body("/api/v1/salaries?regions=us&level=senior");
		assertThat(local.get("rates")).isEmpty();
		assertThat(local.get("level").asString()).isEqualTo("senior");
		for (JsonNode figure : local.get("figures")) {
			assertThat(figure.get("level").get("stage").asString()).isEqualTo("senior");
			assertThat(figure.get("currency")).isEqualTo(figure.get("original").get("currency"));
		}
	}

	@Test
	void givesTheRoadmapWithoutAnyVisitorsProgress() {
		JsonNode roadmap = body("/api/v1/roadmaps/machine-learning-engineer");
		assertThat(roadmap.get("steps")).hasSize(12);
		JsonNode first = roadmap.get("steps").get(0);
		assertThat(fieldNames(first)).containsExactly("number", "title", "summary", "why", "sources", "origins",
				"outcomes", "skills", "certifications", "roles");
		assertThat(first.get("title").asString()).isEqualTo("Lay an educational foundation");
		// Each link says where it comes from: a document, or the portal's own suggestion.
		JsonNode eleventh = roadmap.get("steps").get(10);
		List<String> roles = new ArrayList<>();
		eleventh.get("roles")
			.forEach((role) -> roles.add(role.get("slug").asString() + " "
					+ (role.get("editorial").asBoolean() ? "editorial" : role.get("sourceId").asString())));
		assertThat(roles).contains("data-analyst magazine-article", "software-engineer magazine-article",
				"junior-machine-learning-engineer magazine-article", "machine-learning-engineer education-article");
		assertThat(fieldNames(eleventh.get("roles").get(0))).containsExactly("slug", "name", "sourceId", "editorial");
		List<String> skills = new ArrayList<>();
		roadmap.get("steps")
			.get(11)
			.get("skills")
			.forEach((skill) -> skills.add(skill.get("slug").asString() + " "
					+ (skill.get("editorial").asBoolean() ? "editorial" : skill.get("sourceId").asString())));
		assertThat(skills).contains("a-b-testing editorial", "computer-vision magazine-article");
	}

	@Test
	void givesTheEducationPathsOfThePathsPage() {
		JsonNode paths = body("/api/v1/paths");
		List<String> regions = new ArrayList<>();
		paths.get("countries").forEach((country) -> regions.add(country.get("region").asString()));
		assertThat(regions).containsExactly("in", "us", "eu");
		assertThat(fieldNames(paths.get("countries").get(0))).containsExactly("region", "stages", "employers",
				"caution", "exams", "source");
		assertThat(paths.get("timeline")).isNotEmpty();
		assertThat(paths.get("alternatives")).isNotEmpty();
	}

	@Test
	void describesTheFiveSourcesInCitationOrder() {
		JsonNode sources = body("/api/v1/sources").get("sources");
		List<String> ids = new ArrayList<>();
		sources.forEach((source) -> ids.add(source.get("id").asString()));
		assertThat(ids).containsExactly("career-guide", "job-description", "education-article", "magazine-article",
				"career-profile");
		assertThat(sources.get(0).get("number").asInt()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/roles/no-such-role", "/api/v1/skills/no-such-skill",
			"/api/v1/certifications/no-such-certification", "/api/v1/roadmaps/no-such-roadmap" })
	void answersAnUnknownSlugWithNotFoundProblem(String path) {
		JsonNode problem = problem(path, 404);
		assertThat(problem.get("title").asString()).isEqualTo("Not Found");
		assertThat(problem.get("detail").asString()).startsWith("There is no ").endsWith("every valid slug.");
		assertThat(problem.get("instance").asString()).isEqualTo(path);
	}

	@Test
	void answersABadParameterWithAProblemNamingItAndItsChoices() {
		JsonNode unknown = problem("/api/v1/salaries?basis=<script>", 400);
		assertThat(unknown.get("parameter").asString()).isEqualTo("basis");
		assertThat(unknown.get("reason").asString()).isEqualTo("unknown");
		assertThat(unknown.get("allowedValues").toString()).isEqualTo("[\"local\",\"market\",\"ppp\"]");
		assertThat(unknown.toString()).doesNotContain("script");
		JsonNode conflicting = problem("/api/v1/salaries?level=entry&level=senior", 400);
		assertThat(conflicting.get("parameter").asString()).isEqualTo("level");
		assertThat(conflicting.get("reason").asString()).isEqualTo("conflicting");
		assertThat(conflicting.get("detail").asString()).contains("'level' was given more than once");
	}

	@Test
	void answersWrongAddressesMethodsAndFormatsWithProblems() {
		assertThat(problem("/api/v1/nothing-here", 404).get("detail").asString())
			.contains("/v3/api-docs lists every endpoint");
		assertThat(problem("/api/v1/roles/a%25b", 400).get("detail").asString())
			.isEqualTo("The request could not be understood.");
		this.client.post()
			.uri("/api/v1/roles")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "GET")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/v1/roles")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(406)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void leavesThePagesErrorsToTheSitesErrorPage() {
		this.client.get()
			.uri("/roles/no-such-role")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

	private JsonNode problem(String path, int status) {
		String body = this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode problem = this.json.readTree(body);
		if (contract().describes(path)) {
			assertThat(contract().violations(path, status, MediaType.APPLICATION_PROBLEM_JSON_VALUE, body))
				.as("%s against the description", path)
				.isEmpty();
		}
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(body).doesNotContain("Exception", "trace", "\tat ");
		return problem;
	}

	private EntityExchangeResult<String> get(String path, int status) {
		EntityExchangeResult<String> result = this.client.get()
			.uri(path)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult();
		assertDescribed(path, result);
		return result;
	}

	/** The answer is one the API's description gives: status, content type and body. */
	private void assertDescribed(String path, EntityExchangeResult<String> result) {
		MediaType type = result.getResponseHeaders().getContentType();
		assertThat(contract().violations(path, result.getStatus().value(), (type != null) ? type.toString() : null,
				result.getResponseBody()))
			.as("%s against the description", path)
			.isEmpty();
	}

	private ApiContract contract() {
		if (this.contract == null) {
			this.contract = ApiContract.of(this.client, this.json);
		}
		return this.contract;
	}

	private JsonNode body(String path) {
		return this.json.readTree(get(path, 200).getResponseBody());
	}

	private static List<String> fieldNames(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	/** Every value of a field that names sources, at any depth. */
	private static void collectSources(JsonNode node, Set<String> cited) {
		if (node.isObject()) {
			for (String field : node.propertyNames()) {
				JsonNode value = node.get(field);
				if (value.isString() && SOURCE_FIELDS.contains(field)) {
					cited.add(value.asString());
				}
				else if (value.isArray() && SOURCE_FIELDS.contains(field)) {
					value.forEach((id) -> {
						if (id.isString()) {
							cited.add(id.asString());
						}
						else {
							collectSources(id, cited);
						}
					});
				}
				else {
					collectSources(value, cited);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> collectSources(element, cited));
		}
	}

}
