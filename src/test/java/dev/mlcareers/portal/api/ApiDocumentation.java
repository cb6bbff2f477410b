package dev.mlcareers.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.mlcareers.portal.roadmap.Flagship;
import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.role.RoleComparisonService;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.skill.SkillCheckService;
import dev.mlcareers.portal.skill.SkillSummary;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.util.LinkedMultiValueMap;

/**
 * How springdoc makes the OpenAPI description, at build time
 * ({@link ApiDocumentationTests}): every endpoint with a real example, taken from the
 * content (so it cannot drift from what the API answers), and the problems each endpoint
 * can answer with. The test keeps the result in {@code docs/api/openapi.json}, which the
 * portal serves.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiDocumentation {

	/** Examples show the first entries of each list, to keep the description readable. */
	static final int EXAMPLE_LIST_LENGTH = 2;

	private static final String PROBLEM_SCHEMA = "Problem";

	/** What each endpoint with a slug looks up, as its 404 problem names it. */
	private static final Map<String, String> SLUG_KINDS = Map.of("/api/v1/roles/{slug}", "role",
			"/api/v1/skills/{slug}", "skill", "/api/v1/certifications/{slug}", "certification",
			"/api/v1/roadmaps/{slug}", "roadmap");

	/**
	 * What the description says of the API as a whole. The terms of reuse and the way to
	 * cite are those {@code /sources} gives (the same messages), and the licence points
	 * there, at the portal's public address.
	 */
	@Bean
	OpenAPI portalOpenApi(MessageSource messages, PublicAddress address) {
		String terms = messages.getMessage("reuse.terms", null, Locale.ENGLISH);
		String citation = messages.getMessage("reuse.citation", null, Locale.ENGLISH) + " "
				+ messages.getMessage("reuse.citation.api", null, Locale.ENGLISH);
		return new OpenAPI().info(new Info().title("ML Careers Portal open data")
			.version("v1")
			.description("The portal's content as JSON: roles, skills and tools, certifications, salary figures "
					+ "and the roadmap, each fact with the id of the document it comes from (see /api/v1/sources). "
					+ "Responses carry a strong ETag and answer 304 to a matching If-None-Match; they may be cached "
					+ "(Cache-Control). Errors are RFC 9457 problem details (application/problem+json). "
					+ "Examples shorten every list to its first " + EXAMPLE_LIST_LENGTH + " entries.\n\n" + "Reuse: "
					+ terms + "\n\nCiting: " + citation)
			.license(new License().name(messages.getMessage("reuse.license", null, Locale.ENGLISH))
				.url(address.of("/sources#reuse")))
			.extensions(new LinkedHashMap<>(Map.of("x-reuse", terms, "x-citation", citation))))
			// The portal that serves the description, under its context path too: the
			// address is relative to the description's own (/v3/api-docs), which OpenAPI
			// resolves it against. No sign-in: every answer is public.
			.servers(List.of(new Server().url("..").description("This portal")))
			.addSecurityItem(new SecurityRequirement());
	}

	/**
	 * The problem details every error answer carries, as a schema in the description's
	 * components (added by a customizer: springdoc replaces the components a bean gives).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	@Bean
	OpenApiCustomizer problemSchema() {
		return (openApi) -> {
			Schema problem = new Schema<>().types(Set.of("object"))
				.description("RFC 9457 problem details; a 400 for a parameter adds parameter, reason and allowedValues")
				.addProperty("type", text().format("uri").description("Absent: about:blank"))
				.addProperty("title", text().description("The status's reason phrase"))
				.addProperty("status", new Schema<>().types(Set.of("integer")).format("int32"))
				.addProperty("detail", text().description("What was wrong, in plain English"))
				.addProperty("instance", text().format("uri-reference").description("The path asked for"))
				.addProperty("parameter", text().description("400 only: the parameter refused"))
				.addProperty("reason", text().description(
						"400 only: unknown (not one of the choices), conflicting (two different values), too-many (more values than the parameter takes) or repeated (one value twice)")
					._enum(List.of("unknown", "conflicting", "too-many", "repeated")))
				.addProperty("allowedValues",
						new Schema<>().types(Set.of("array"))
							.items(text())
							.description("400 only: the parameter's valid values"));
			problem.setRequired(List.of("title", "status", "detail"));
			openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problem);
		};
	}

	/**
	 * Nullable values as OpenAPI 3.1 (JSON Schema) has them: springdoc writes a nullable
	 * reference as {@code type: null} beside the {@code $ref}, which no value but null
	 * matches, and leaves null out of a nullable enum. A nullable reference becomes one
	 * of the referenced schema or null; a nullable enum lists null.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	@Bean
	OpenApiCustomizer nullablesAsJsonSchema() {
		return (openApi) -> openApi.getComponents().getSchemas().values().forEach((schema) -> {
			Map<String, Schema> properties = schema.getProperties();
			if (properties == null) {
				return;
			}
			properties.replaceAll((name, property) -> {
				Set<String> types = property.getTypes();
				if (types == null || !types.contains("null")) {
					return property;
				}
				if (property.get$ref() != null) {
					return new Schema<>().description(property.getDescription())
						.oneOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
				}
				if (property.getEnum() != null && !property.getEnum().contains(null)) {
					List<Object> values = new ArrayList<>(property.getEnum());
					values.add(null);
					property.setEnum(values);
				}
				return property;
			});
		});
	}

	private static Schema<String> text() {
		return new Schema<String>().types(Set.of("string"));
	}

	@Bean
	OpenApiCustomizer examplesFromContent(OpenDataController api, FlagshipJourney journey, SalaryService salaries,
			SkillCheckService checks, RoleComparisonService comparisons, JsonMapper json, MessageSource messages) {
		return (openApi) -> {
			Flagship flagship = journey.flagship();
			RoleComparisonService.Asked compared = comparisons.parse(List.of(flagship.role().slug(), "data-scientist"),
					List.of("ppp"));
			List<String> roleSlugs = comparisons.choices().stream().map(RoleRef::slug).toList();
			Set<String> checked = checks.parse(List.of("python", "sql"));
			List<String> skillSlugs = checks.form()
				.stream()
				.flatMap((group) -> group.skills().stream())
				.map(SkillSummary::slug)
				.toList();
			LinkedMultiValueMap<String, String> comparison = new LinkedMultiValueMap<>();
			comparison.put("regions", List.of("in", "us"));
			comparison.add("basis", "ppp");
			Map<String, Supplier<Object>> examples = new LinkedHashMap<>();
			examples.put("/api/v1/roles", () -> api.roles().getBody());
			examples.put("/api/v1/roles/{slug}", () -> api.role(flagship.role().slug()).getBody());
			examples.put("/api/v1/roles/compare", () -> api.compareRoles(compared).getBody());
			examples.put("/api/v1/skills", () -> api.skills().getBody());
			examples.put("/api/v1/skills/{slug}", () -> api.skill("python").getBody());
			examples.put("/api/v1/skills/check", () -> api.skillCheck(checked).getBody());
			examples.put("/api/v1/certifications", () -> api.certifications().getBody());
			examples.put("/api/v1/certifications/{slug}",
					() -> api.certification("google-professional-machine-learning-engineer").getBody());
			examples.put("/api/v1/salaries", () -> api.salaries(comparison).getBody());
			examples.put("/api/v1/roadmaps/{slug}", () -> api.roadmap(flagship.roadmapSlug()).getBody());
			examples.put("/api/v1/paths", () -> api.paths().getBody());
			examples.put("/api/v1/sources", () -> api.sources().getBody());
			Map<String, List<String>> accepted = salaries.acceptedValues();
			answeredChoices(openApi, accepted);
			slugExamples(openApi, flagship);
			Map<String, Map<String, String>> parameterExamples = Map.of("/api/v1/roles/{slug}",
					Map.of("slug", flagship.role().slug()), "/api/v1/roadmaps/{slug}",
					Map.of("slug", flagship.roadmapSlug()), "/api/v1/salaries", Map.of("role", flagship.role().slug()));
			openApi.getPaths().forEach((path, item) -> {
				Operation get = item.getGet();
				if (get == null) {
					return;
				}
				Map<String, String> parameters = parameterExamples.getOrDefault(path, Map.of());
				if (get.getParameters() != null) {
					get.getParameters()
						.stream()
						.filter((parameter) -> parameters.containsKey(parameter.getName()))
						.forEach((parameter) -> parameter.setExample(parameters.get(parameter.getName())));
				}
				if (path.equals("/api/v1/salaries")) {
					advertiseAcceptedValues(get, accepted);
				}
				if (path.equals("/api/v1/roles/compare")) {
					advertiseAcceptedValues(get,
							Map.of(RoleComparisonService.PARAMETER, roleSlugs, "basis", accepted.get("basis")));
					get.getParameters().get(0).setExample(compared.roles().stream().map(RoleRef::slug).toList());
					get.getParameters().get(0).getSchema().maxItems(RoleComparisonService.MAXIMUM).uniqueItems(true);
					get.getParameters().get(1).setExample(compared.basis());
				}
				if (path.equals("/api/v1/skills/check")) {
					advertiseAcceptedValues(get, Map.of(SkillCheckService.PARAMETER, skillSlugs));
					get.getParameters().get(0).getSchema().maxItems(skillSlugs.size());
					get.getParameters().get(0).setExample(List.copyOf(checked));
				}
				Supplier<Object> example = examples.get(path);
				if (example != null) {
					get.getResponses()
						.get("200")
						.getContent()
						.values()
						.forEach(
								(media) -> media.setExample(shortened(json.convertValue(example.get(), Object.class))));
				}
				ApiResponses responses = get.getResponses();
				responses.addApiResponse("304", new ApiResponse()
					.description("Not Modified: the If-None-Match header matched the current ETag; no body."));
				String kind = SLUG_KINDS.get(path);
				if (kind != null) {
					responses.addApiResponse("404", problem("No " + kind + " has this slug", 404, "Not Found",
							text(messages, "api.problem.not-found", kind), Map.of()));
				}
				if (path.equals("/api/v1/salaries")) {
					responses.addApiResponse("400", refusedChoice(
							"A parameter with a value that is not one of its choices, "
									+ "or two different values for role, basis or level",
							"basis", "unknown", accepted.get("basis"),
							text(messages, "api.problem.invalid-choice.unknown", "basis")));
				}
				if (path.equals("/api/v1/roles/compare")) {
					responses.addApiResponse("400", refusedChoice(
							"An unknown or repeated role, more than three roles (reasons unknown, repeated, too-many), "
									+ "or a basis that is not one of its choices",
							RoleComparisonService.PARAMETER, "repeated", roleSlugs,
							text(messages, "api.problem.invalid-choice.repeated", RoleComparisonService.PARAMETER,
									RoleComparisonService.MAXIMUM)));
				}
				if (path.equals("/api/v1/skills/check")) {
					responses.addApiResponse("400", refusedChoice(
							"A value that is no skill's slug, or more values than there are skills (reason too-many)",
							SkillCheckService.PARAMETER, "unknown", skillSlugs,
							text(messages, "api.problem.invalid-choice.unknown", SkillCheckService.PARAMETER)));
				}
				if (!responses.containsKey("400")) {
					responses.addApiResponse("400",
							problem("An address that cannot be understood (a malformed percent-escape, say)", 400,
									"Bad Request", text(messages, "api.problem.400"), Map.of()));
				}
				responses.addApiResponse("503",
						problem("The data behind the answer cannot be reached just now; the Retry-After header says "
								+ "after how many seconds to try again", 503, "Service Unavailable",
								text(messages, "api.problem.503"), Map.of()));
				responses.addApiResponse("406", problem("The Accept header rules out JSON", 406, "Not Acceptable",
						text(messages, "api.problem.406"), Map.of()));
			});
		};
	}

	/** The slugs of the answers' schemas illustrated by the flagship's. */
	@SuppressWarnings("rawtypes")
	private static void slugExamples(OpenAPI openApi, Flagship flagship) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		example(schemas, "Roadmap", "slug", flagship.roadmapSlug());
		example(schemas, "StepReference", "roadmap", flagship.roadmapSlug());
		example(schemas, "RoleSummary", "slug", flagship.role().slug());
		example(schemas, "ComparedRole", "slug", flagship.role().slug());
	}

	@SuppressWarnings("rawtypes")
	private static void example(Map<String, Schema> schemas, String schema, String property, String example) {
		Schema<?> described = (Schema<?>) schemas.get(schema).getProperties().get(property);
		described.setExample(example);
	}

	/**
	 * The comparison's answer names the choices it was asked for: the same values its
	 * parameters accept (a stage asked for may be none).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void answeredChoices(OpenAPI openApi, Map<String, List<String>> accepted) {
		Map<String, Schema> answer = openApi.getComponents()
			.getSchemas()
			.get("SalaryComparisonResource")
			.getProperties();
		answer.get("regions").getItems().setEnum(new ArrayList<>(accepted.get("regions")));
		answer.get("basis").setEnum(new ArrayList<>(accepted.get("basis")));
		List<Object> levels = new ArrayList<>(accepted.get("level"));
		levels.add(null);
		answer.get("level").setEnum(levels);
	}

	/**
	 * Each parameter's values as the parser accepts them, so that the description can
	 * never offer one it refuses.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void advertiseAcceptedValues(Operation operation, Map<String, List<String>> accepted) {
		for (Parameter parameter : operation.getParameters()) {
			List<String> values = accepted.get(parameter.getName());
			if (values == null) {
				throw new IllegalStateException("No parameter " + parameter.getName() + " is parsed here");
			}
			Schema schema = parameter.getSchema();
			Schema each = (schema.getItems() != null) ? schema.getItems() : schema;
			each.setEnum(new ArrayList<>(values));
		}
	}

	/**
	 * A 400 for a parameter's value, with an example naming the parameter, the reason and
	 * its valid values, as {@code ApiProblems} answers it.
	 */
	private static ApiResponse refusedChoice(String description, String parameter, String reason,
			List<String> allowedValues, String detail) {
		Map<String, Object> invalid = new LinkedHashMap<>();
		invalid.put("parameter", parameter);
		invalid.put("reason", reason);
		invalid.put("allowedValues", allowedValues);
		return problem(description, 400, "Bad Request", detail, invalid);
	}

	private static ApiResponse problem(String description, int status, String title, String detail,
			Map<String, Object> extensions) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("title", title);
		example.put("status", status);
		example.put("detail", detail);
		example.putAll(extensions);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
						.example(example)));
	}

	private static String text(MessageSource messages, String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** The value with every list cut to its first entries, at any depth. */
	@SuppressWarnings("unchecked")
	static Object shortened(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<String, Object>) map).forEach((key, entry) -> copy.put(key, shortened(entry)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.stream().limit(EXAMPLE_LIST_LENGTH).forEach((entry) -> copy.add(shortened(entry)));
			return copy;
		}
		return value;
	}

}
