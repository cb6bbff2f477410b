package dev.mlcareers.portal.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mlcareers.portal.shared.PublicAddress;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served description is the kept one, but for its licence, which points at the terms
 * at the portal's own public address.
 */
class ApiDescriptionControllerTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void servesTheKeptDescriptionWithTheLicenceAtThePublicAddress() throws IOException {
		ApiDescriptionController controller = new ApiDescriptionController(this.json,
				new PublicAddress("https://careers.example.org/portal"));
		ResponseEntity<byte[]> answer = controller.description();
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getCacheControl()).isEqualTo(OpenDataController.CACHE.getHeaderValue());
		JsonNode served = this.json.readTree(answer.getBody());
		assertThat(served.get("info").get("license").get("url").asString())
			.isEqualTo("https://careers.example.org/portal/sources#reuse");
		ObjectNode kept = (ObjectNode) this.json.readTree(Files.readString(Path.of("docs/api/openapi.json")));
		((ObjectNode) kept.get("info").get("license")).put("url", "https://careers.example.org/portal/sources#reuse");
		assertThat(served).isEqualTo(kept);
		assertThat(controller.description().getBody()).as("read once").isSameAs(answer.getBody());
	}

}
