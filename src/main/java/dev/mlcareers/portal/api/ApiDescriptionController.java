package dev.mlcareers.portal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.system.SharedPage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI description of the API at {@code /v3/api-docs}. It is made at build time,
 * from the controllers and the content, and kept in {@code docs/api/openapi.json}
 * ({@code ApiDocumentationTests} fails when the two part), so the portal carries no
 * library that scans its controllers at run time. It is served as it was made, but for
 * the licence, which points at the terms on {@code /sources} at this portal's public
 * address.
 */
@RestController
@SharedPage
class ApiDescriptionController {

	static final String PATH = "/v3/api-docs";

	/** Where the build puts the kept description (pom.xml, resources). */
	static final String DESCRIPTION = "api/openapi.json";

	private final SingletonSupplier<byte[]> description;

	ApiDescriptionController(JsonMapper json, PublicAddress address) {
		Resource kept = new ClassPathResource(DESCRIPTION);
		if (!kept.exists()) {
			throw new IllegalStateException("The API description " + DESCRIPTION + " is not on the class path");
		}
		// Read when first asked for: nobody waits for it at start-up.
		this.description = SingletonSupplier.of(() -> served(kept, json, address));
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> description() {
		return ResponseEntity.ok().cacheControl(OpenDataController.CACHE).body(this.description.obtain());
	}

	private static byte[] served(Resource kept, JsonMapper json, PublicAddress address) {
		try (InputStream in = kept.getInputStream()) {
			ObjectNode description = (ObjectNode) json.readTree(in);
			((ObjectNode) description.get("info").get("license")).put("url", address.of("/sources#reuse"));
			return json.writeValueAsBytes(description);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
