package dev.mlcareers.portal.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
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

	/**
	 * Keys in a fixed order (by name: {@code @context}, {@code @graph}, {@code @type}
	 * first), whatever map holds them: the same data is the same bytes, so a shared
	 * page's ETag holds across restarts and instances.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private StructuredData() {
	}

	/** The schema.org vocabulary. */
	public static final String CONTEXT = "https://schema.org";

	/** A named address, absolute. */
	public record Link(String name, String url) {
	}

	/** Nodes in one graph, of the schema.org vocabulary. */
	@SafeVarargs
	public static Map<String, Object> graph(Map<String, Object>... nodes) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", CONTEXT);
		data.put("@graph", List.of(nodes));
		return data;
	}

	/** A page's breadcrumbs, from the home page to the page itself. */
	public static Map<String, Object> breadcrumbs(List<Link> trail) {
		return Map.of("@type", "BreadcrumbList", "itemListElement", items(trail));
	}

	/**
	 * A work a page is based on, as a schema.org {@code CreativeWork}: its name, and its
	 * author, publisher and date where it gives them.
	 */
	public static Map<String, Object> creativeWork(CitedWork cited) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "CreativeWork");
		work.put("name", cited.title());
		if (cited.author() != null) {
			work.put("author", Map.of("@type", "Person", "name", cited.author()));
		}
		if (cited.publisher() != null) {
			work.put("publisher", Map.of("@type", "Organization", "name", cited.publisher()));
		}
		if (cited.date() != null) {
			work.put("dateModified", cited.date().toString());
		}
		return work;
	}

	/** A page that lists other pages, in the order it shows them. */
	public static Map<String, Object> itemList(String name, List<Link> items) {
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@type", "ItemList");
		list.put("name", name);
		list.put("numberOfItems", items.size());
		list.put("itemListElement", items(items));
		return list;
	}

	private static List<Map<String, Object>> items(List<Link> links) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Link link : links) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("@type", "ListItem");
			item.put("position", items.size() + 1);
			item.put("name", link.name());
			item.put("item", link.url());
			items.add(item);
		}
		return items;
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
