package dev.mlcareers.portal.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON-LD is written the same way every time: keys by name whatever map holds them (an
 * immutable {@code Map.of} iterates in an order each JVM picks anew), and the characters
 * that could end the script escaped.
 */
class StructuredDataTests {

	@Test
	void writesKeysInTheSameOrderWhateverTheMapsOrder() {
		Map<String, Object> inserted = new LinkedHashMap<>();
		inserted.put("name", "Python");
		inserted.put("@type", "Thing");
		inserted.put("alternateName", "py");
		assertThat(StructuredData.of(inserted))
			.isEqualTo("{\"@type\":\"Thing\",\"alternateName\":\"py\",\"name\":\"Python\"}");
		assertThat(StructuredData.of(Map.of("name", "Python", "@type", "Thing", "alternateName", "py")))
			.isEqualTo(StructuredData.of(inserted));
		assertThat(StructuredData.of(Map.of("@graph",
				List.of(StructuredData.breadcrumbs(List.of(new StructuredData.Link("Home", "https://x.example/")))),
				"@context", "https://schema.org")))
			.startsWith("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"BreadcrumbList\",");
	}

	@Test
	void escapesWhatCouldEndTheScriptOrTheLine() {
		assertThat(StructuredData.of(Map.of("name", "</script><b>&\u2028\u2029")))
			.isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029\"}");
	}

}
