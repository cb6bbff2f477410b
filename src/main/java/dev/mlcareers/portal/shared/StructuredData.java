package dev.mlcareers.portal.shared;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Schema.org data for a page, as JSON-LD that a
 * {@code <script type="application/ld+json">} element can hold: whatever the text, no
 * {@code </script>}, comment opener or line separator can end or break the element, as
 * {@code <}, {@code >}, {@code &} and U+2028/9 are written as JSON escapes.
 */
public final class StructuredData {

	/** The model attribute the layout reads. */
	public static final String MODEL_ATTRIBUTE = "structuredData";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StructuredData() {
	}

	/** The data (maps, lists, strings, numbers) as JSON-LD for the page's head. */
	public static String of(Map<String, Object> data) {
		return JSON.writeValueAsString(data)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

}
