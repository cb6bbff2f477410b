package dev.mlcareers.portal.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The API's OpenAPI description as a contract: whether an answer is one it describes (its
 * status, its content type, its body against the schema), and whether every example it
 * gives is valid against its own schema. Schemas are read as JSON Schema 2020-12, as
 * OpenAPI 3.1 defines them.
 */
public final class ApiContract {

	private final JsonNode description;

	private final JsonMapper json;

	private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	ApiContract(JsonNode description, JsonMapper json) {
		this.description = description;
		this.json = json;
	}

	/** The description as the portal serves it at {@code /v3/api-docs}, as text. */
	static String read(RestTestClient client) {
		return client.get()
			.uri("/v3/api-docs")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The contract of the description kept in {@code docs/api/openapi.json}, the one the
	 * client is generated from (equal to what the portal serves, see
	 * ApiDocumentationTests), for tests that cannot ask a running portal for it.
	 */
	public static ApiContract kept() {
		JsonMapper json = JsonMapper.builder().build();
		try {
			return new ApiContract(json.readTree(Files.readString(Path.of("docs/api/openapi.json"))), json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The contract of the description the portal serves. */
	static ApiContract of(RestTestClient client, JsonMapper json) {
		return new ApiContract(json.readTree(read(client)), json);
	}

	/** Whether a path of the description matches the address. */
	boolean describes(String address) {
		return template(address.replaceFirst("[?#].*$", "")) != null;
	}

	/**
	 * What is wrong with this answer to a GET of the address, by the description: empty
	 * if nothing.
	 */
	public List<String> violations(String address, int status, String contentType, String body) {
		String path = address.replaceFirst("[?#].*$", "");
		String template = template(path);
		if (template == null) {
			return List.of(path + ": no path of the description matches");
		}
		JsonNode responses = this.description.get("paths").get(template).get("get").get("responses");
		JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
				: responses.get("default");
		if (response == null) {
			return List.of(address + ": status " + status + " is not described");
		}
		JsonNode content = response.get("content");
		if (content == null || content.isEmpty()) {
			return (body == null || body.isEmpty()) ? List.of()
					: List.of(address + ": " + status + " describes no body, but one came");
		}
		String mediaType = (contentType != null) ? contentType.replaceFirst(";.*$", "").trim() : "";
		if (!content.has(mediaType)) {
			return List.of(address + ": " + status + " with " + mediaType + " is not described (only "
					+ content.propertyNames() + ")");
		}
		return violations(address + " " + status, content.get(mediaType).get("schema"), this.json.readTree(body));
	}

	/**
	 * Every example the description gives (of a property, a parameter, an answer) that is
	 * not valid against the schema it illustrates.
	 */
	List<String> invalidExamples() {
		List<String> invalid = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : this.description.get("components").get("schemas").properties()) {
			propertyExamples("#/components/schemas/" + schema.getKey(), schema.getValue(), invalid);
		}
		for (Map.Entry<String, JsonNode> path : this.description.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			for (JsonNode parameter : operation.path("parameters")) {
				if (parameter.has("example")) {
					invalid.addAll(violations(path.getKey() + " parameter " + parameter.get("name").asString(),
							parameter.get("schema"), parameter.get("example")));
				}
			}
			for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
				for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
					if (media.getValue().has("example")) {
						invalid.addAll(
								violations(path.getKey() + " " + response.getKey() + " " + media.getKey() + " example",
										media.getValue().get("schema"), media.getValue().get("example")));
					}
				}
			}
		}
		return invalid;
	}

	private void propertyExamples(String where, JsonNode schema, List<String> invalid) {
		if (schema.has("example")) {
			ObjectNode without = (ObjectNode) schema.deepCopy();
			without.remove("example");
			invalid.addAll(violations(where + " example", without, schema.get("example")));
		}
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			propertyExamples(where + "." + property.getKey(), property.getValue(), invalid);
		}
		if (schema.has("items")) {
			propertyExamples(where + "[]", schema.get("items"), invalid);
		}
	}

	private List<String> violations(String what, JsonNode schema, JsonNode instance) {
		ObjectNode document = (ObjectNode) schema.deepCopy();
		document.set("components", this.description.get("components"));
		Schema compiled = this.schemas.getSchema(document.toString());
		List<String> violations = new ArrayList<>();
		for (Error error : compiled.validate(instance)) {
			violations.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage());
		}
		return violations;
	}

	/**
	 * The description's path that matches the address, a literal one before a template.
	 */
	private String template(String path) {
		if (this.description.get("paths").has(path)) {
			return path;
		}
		for (String template : this.description.get("paths").propertyNames()) {
			String pattern = Pattern.quote(template).replaceAll("\\{[^}]+\\}", "\\\\E[^/]+\\\\Q");
			if (Pattern.matches(pattern, path)) {
				return template;
			}
		}
		return null;
	}

}
