package dev.mlcareers.portal.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.support.ApplicationTest;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description: made here, at build time, by springdoc from the controllers
 * and the content ({@link ApiDocumentation}) and kept in {@code docs/api/openapi.json},
 * which the portal serves; every endpoint of the API in it, each with a real example and
 * the problems it can answer with; the browsable page served from the application itself.
 */
// The kept description is that of a portal with the default public address, whatever the
// environment running the tests says. springdoc (in the tests only) describes the
// controllers at GENERATED: a context of its own.
@ApplicationTest(properties = { "portal.public-url=http://localhost:8080", "springdoc.api-docs.enabled=true",
		"springdoc.api-docs.path=" + ApiDocumentationTests.GENERATED })
@Import(ApiDocumentation.class)
class ApiDocumentationTests {

	static final String GENERATED = "/test/made-at-build-time/api-docs";

	@Autowired
	RestTestClient client;

	@Autowired
	JsonMapper json;

	@Autowired
	SalaryService salaries;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicAddress address;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void describesEveryEndpointOfTheApi() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternValues()
				.stream()
				.filter((pattern) -> pattern.startsWith("/api/"))
				.forEach(mapped::add));
		assertThat(mapped).hasSize(12);
		assertThat(new TreeSet<>(docs().get("paths").propertyNames())).isEqualTo(mapped);
	}

	@Test
	void givesEveryEndpointARealExampleAndItsProblems() {
		JsonNode paths = docs().get("paths");
		for (String path : paths.propertyNames()) {
			JsonNode responses = paths.get(path).get("get").get("responses");
			assertThat(responses.get("200").get("content").get("application/json").get("example").isObject()).as(path)
				.isTrue();
			assertThat(responses.has("304")).as(path).isTrue();
			assertThat(responses.get("406").get("content").has("application/problem+json")).as(path).isTrue();
			assertThat(responses.get("503").get("content").has("application/problem+json")).as(path).isTrue();
			assertThat(responses.has("404")).as(path).isEqualTo(path.endsWith("{slug}"));
			assertThat(
					responses.get("400").get("content").get("application/problem+json").get("example").has("parameter"))
				.as("%s: a 400 that names a parameter", path)
				.isEqualTo(path.equals("/api/v1/salaries") || path.equals("/api/v1/skills/check")
						|| path.equals("/api/v1/roles/compare"));
		}
		JsonNode sources = paths.get("/api/v1/sources").get("get").get("responses").get("200");
		JsonNode example = sources.get("content").get("application/json").get("example");
		JsonNode answered = this.json.readTree(body("/api/v1/sources"));
		assertThat(example.get("sources")).hasSize(2);
		assertThat(example.get("sources").get(0)).isEqualTo(shortened(answered.get("sources").get(0)));
	}

	@Test
	void offersTheSkillsCheckEverySkillTheApiAcceptsAndNoOther() {
		JsonNode operation = docs().get("paths").get("/api/v1/skills/check").get("get");
		JsonNode parameter = operation.get("parameters").get(0);
		assertThat(parameter.get("name").asString()).isEqualTo("have");
		List<String> advertised = this.json.convertValue(parameter.get("schema").get("items").get("enum"), List.class);
		List<String> skills = this.jdbc.sql("SELECT slug FROM skill").query(String.class).list();
		assertThat(advertised).containsExactlyInAnyOrderElementsOf(skills);
		for (String skill : advertised) {
			this.client.get().uri("/api/v1/skills/check?have={skill}", skill).exchange().expectStatus().isOk();
		}
		this.client.get().uri("/api/v1/skills/check?have=cobol").exchange().expectStatus().isBadRequest();
	}

	@Test
	void offersForEachComparisonParameterExactlyTheValuesTheApiAccepts() {
		JsonNode operation = docs().get("paths").get("/api/v1/salaries").get("get");
		Map<String, List<String>> advertised = new LinkedHashMap<>();
		for (JsonNode parameter : operation.get("parameters")) {
			JsonNode schema = parameter.get("schema");
			JsonNode values = schema.has("items") ? schema.get("items").get("enum") : schema.get("enum");
			advertised.put(parameter.get("name").asString(), this.json.convertValue(values, List.class));
		}
		assertThat(advertised).isEqualTo(this.salaries.acceptedValues());
		assertThat(advertised.get("regions")).doesNotContain("eu");
		assertThat(advertised.get("level")).doesNotContain("early", "peak");
		advertised.forEach((name,
				values) -> values.forEach((value) -> this.client.get()
					.uri("/api/v1/salaries?{name}={value}", name, value)
					.exchange()
					.expectStatus()
					.isOk()));
		JsonNode refused = operation.get("responses")
			.get("400")
			.get("content")
			.get("application/problem+json")
			.get("example");
		assertThat(this.json.convertValue(refused.get("allowedValues"), List.class))
			.isEqualTo(advertised.get(refused.get("parameter").asString()));
	}

	@Test
	void isValidOpenApiWithEveryReferenceResolvedAndEveryExampleValidAgainstItsSchema() {
		String text = ApiContract.read(this.client);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
		assertThat(parsed.getMessages()).as("the parser's errors and warnings").isEmpty();
		assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1.");
		String terms = this.messages.getMessage("reuse.terms", null, Locale.ENGLISH);
		String citation = this.messages.getMessage("reuse.citation", null, Locale.ENGLISH);
		assertThat(parsed.getOpenAPI().getInfo().getDescription()).contains(terms, citation);
		assertThat(parsed.getOpenAPI().getInfo().getExtensions()).containsEntry("x-reuse", terms)
			.hasEntrySatisfying("x-citation", (value) -> assertThat(value).asString().startsWith(citation));
		assertThat(parsed.getOpenAPI().getInfo().getLicense().getUrl()).isEqualTo(this.address.of("/sources#reuse"))
			.startsWith("http://localhost:8080/");
		assertThat(parsed.getOpenAPI().getServers()).extracting(Server::getUrl).containsExactly("..");
		assertThat(new ApiContract(docs(), this.json).invalidExamples()).as("examples against their schemas").isEmpty();
	}

	@Test
	void pointsItsLicenceAtTheTermsOnSourcesWhateverHostTheRequestNames() {
		String description = this.client.get()
			.uri("/v3/api-docs")
			.header(HttpHeaders.HOST, "attacker.example")
			.header("X-Forwarded-Host", "attacker.example")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(this.json.readTree(description).get("info").get("license").get("url").asString())
			.isEqualTo(this.address.of("/sources#reuse"));
		assertThat(description).doesNotContain("attacker.example");
		String sources = body("/sources");
		Element reuse = Jsoup.parse(sources).getElementById("reuse");
		assertThat(reuse).as("the terms on /sources, where the licence points").isNotNull();
		assertThat(reuse.text()).contains(this.messages.getMessage("reuse.terms", null, Locale.ENGLISH),
				this.messages.getMessage("reuse.citation", null, Locale.ENGLISH));
		assertThat(reuse.select("a[href=/v3/api-docs]")).hasSize(1);
	}

	/**
	 * The description kept in {@code docs/api/openapi.json}, which the portal serves and
	 * the API client is generated from, is the one the controllers and the content make
	 * now: a change to the API or to the content of its examples that is not copied there
	 * fails here.
	 */
	@Test
	void isTheDescriptionKeptInDocs() throws IOException {
		JsonNode made = this.json.readTree(body(GENERATED));
		Path written = Path.of("target/api-docs/openapi.json");
		Files.createDirectories(written.getParent());
		Files.writeString(written, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(made) + "\n");
		Path kept = Path.of("docs/api/openapi.json");
		JsonNode keptDescription = Files.exists(kept) ? this.json.readTree(Files.readString(kept))
				: this.json.createObjectNode();
		assertThat(differences("", keptDescription, made))
			.as("docs/api/openapi.json is not the description the controllers and content make: copy %s over it",
					written)
			.isEmpty();
		assertThat(differences("", keptDescription, docs())).as("the description the portal serves").isEmpty();
	}

	/** Where two JSON documents differ, as JSON pointers, at most a few. */
	private static List<String> differences(String at, JsonNode kept, JsonNode served) {
		List<String> differences = new ArrayList<>();
		if (kept.isObject() && served.isObject()) {
			Set<String> names = new TreeSet<>(kept.propertyNames());
			names.addAll(served.propertyNames());
			for (String name : names) {
				String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!kept.has(name) || !served.has(name)) {
					differences.add(pointer + (kept.has(name) ? " is no longer served" : " is not kept"));
				}
				else {
					differences.addAll(differences(pointer, kept.get(name), served.get(name)));
				}
			}
		}
		else if (!kept.equals(served)) {
			differences.add(at + " differs");
		}
		return differences.subList(0, Math.min(differences.size(), 20));
	}

	@Test
	void servesTheBrowsablePageFromItsOwnWebjar() {
		this.client.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueMatches("Location", ".*/swagger-ui/index.html");
		for (String asset : List.of("/swagger-ui/index.html", "/swagger-ui/swagger-ui-bundle.js",
				"/swagger-ui/swagger-ui.css")) {
			this.client.get().uri(asset).exchange().expectStatus().isOk();
		}
		// Ours, in place of the webjar's (which shows a sample API from the internet).
		String start = body("/swagger-ui/swagger-initializer.js");
		assertThat(start).contains("'../v3/api-docs'").doesNotContain("petstore");
	}

	@Test
	void shortensEveryListInAnExampleAtAnyDepth() {
		Object shortened = ApiDocumentation
			.shortened(Map.of("items", List.of(Map.of("tags", List.of(1, 2, 3)), Map.of(), Map.of())));
		assertThat(shortened).isEqualTo(Map.of("items", List.of(Map.of("tags", List.of(1, 2)), Map.of())));
	}

	/** The body of a 200 answer to a plain GET. */
	private String body(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private JsonNode docs() {
		return this.json.readTree(ApiContract.read(this.client));
	}

	private JsonNode shortened(JsonNode node) {
		return this.json.valueToTree(ApiDocumentation.shortened(this.json.convertValue(node, Object.class)));
	}

}
