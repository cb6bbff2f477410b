package dev.mlcareers.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.mlcareers.portal.roadmap.Flagship;
import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.salary.SalaryService;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every endpoint with a real example,
 * taken from the content when the description is first asked for (so it can never drift
 * from what the API answers), and the problems each endpoint can answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/** Examples show the first entries of each list, to keep the description readable. */
	static final int EXAMPLE_LIST_LENGTH = 2;

	private static final String PROBLEM_SCHEMA = "Problem";

	/** What each endpoint with a slug looks up, as its 404 problem names it. */
	private static final Map<String, String> SLUG_KINDS = Map.of("/api/v1/roles/{slug}", "role",
			"/api/v1/skills/{slug}", "skill", "/api/v1/certifications/{slug}", "certification",
			"/api/v1/roadmaps/{slug}", "roadmap");

	@Bean
	OpenAPI portalOpenApi() {
		return new OpenAPI().info(new Info().title("ML Careers Portal open data")
			.version("v1")
			.description("The portal's content as JSON: roles, skills and tools, certifications, salary figures "
					+ "and the roadmap, each fact with the id of the document it comes from (see /api/v1/sources). "
					+ "Responses carry a strong ETag and answer 304 to a matching If-None-Match; they may be cached "
					+ "(Cache-Control). Errors are RFC 9457 problem details (application/problem+json). "
					+ "Examples shorten every list to its first " + EXAMPLE_LIST_LENGTH + " entries."))
			.components(new Components().addSchemas(PROBLEM_SCHEMA, new ObjectSchema()
				.description("RFC 9457 problem details; a 400 for a parameter adds parameter, reason and allowedValues")
				.addProperty("type", new StringSchema().format("uri").description("Absent: about:blank"))
				.addProperty("title", new StringSchema().description("The status's reason phrase"))
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema().description("What was wrong, in plain English"))
				.addProperty("instance", new StringSchema().format("uri").description("The path asked for"))
				.addProperty("parameter", new StringSchema().description("400 only: the parameter refused"))
				.addProperty("reason", new StringSchema()
					.description(
							"400 only: unknown (not one of the choices) or conflicting " + "(two different values)")
					._enum(List.of("unknown", "conflicting")))
				.addProperty("allowedValues", new ArraySchema().items(new StringSchema())
					.description("400 only: the parameter's valid values"))));
	}

	@Bean
	OpenApiCustomizer examplesFromContent(OpenDataController api, FlagshipJourney journey, SalaryService salaries,
			JsonMapper json, MessageSource messages) {
		return (openApi) -> {
			Flagship flagship = journey.flagship();
			LinkedMultiValueMap<String, String> comparison = new LinkedMultiValueMap<>();
			comparison.put("regions", List.of("in", "us"));
			comparison.add("basis", "ppp");
			Map<String, Supplier<Object>> examples = new LinkedHashMap<>();
			examples.put("/api/v1/roles", () -> api.roles().getBody());
			examples.put("/api/v1/roles/{slug}", () -> api.role(flagship.role().slug()).getBody());
			examples.put("/api/v1/skills", () -> api.skills().getBody());
			examples.put("/api/v1/skills/{slug}", () -> api.skill("python").getBody());
			examples.put("/api/v1/certifications", () -> api.certifications().getBody());
			examples.put("/api/v1/certifications/{slug}",
					() -> api.certification("google-professional-machine-learning-engineer").getBody());
			examples.put("/api/v1/salaries", () -> api.salaries(comparison).getBody());
			examples.put("/api/v1/roadmaps/{slug}", () -> api.roadmap(flagship.roadmapSlug()).getBody());
			examples.put("/api/v1/paths", () -> api.paths().getBody());
			examples.put("/api/v1/sources", () -> api.sources().getBody());
			Map<String, List<String>> accepted = salaries.acceptedValues();
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
					Map<String, Object> invalid = new LinkedHashMap<>();
					invalid.put("parameter", "basis");
					invalid.put("reason", "unknown");
					invalid.put("allowedValues", accepted.get("basis"));
					responses.addApiResponse("400",
							problem("A parameter with a value that is not one of its choices, "
									+ "or two different values for role, basis or level", 400, "Bad Request",
									text(messages, "api.problem.invalid-choice.unknown", "basis"), invalid));
				}
				responses.addApiResponse("406", problem("The Accept header rules out JSON", 406, "Not Acceptable",
						text(messages, "api.problem.406"), Map.of()));
			});
		};
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
				throw new IllegalStateException("The salary comparison has no parameter " + parameter.getName());
			}
			Schema schema = parameter.getSchema();
			Schema each = (schema.getItems() != null) ? schema.getItems() : schema;
			each.setEnum(new ArrayList<>(values));
		}
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
