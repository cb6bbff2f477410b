package dev.mlcareers.portal.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values the site's layout shows on every page (its navigation, the links of its error
 * pages), each contributed by the feature that owns it. They go into the model of every
 * page, the error pages and the pages for requests the servlet container refuses among
 * them, so they must be known without a request, and without the database once the portal
 * has started.
 */
public interface LayoutModel {

	/** Each attribute's name and value. */
	Map<String, Object> attributes();

	/** What these contributors add to a page's model, together. */
	static Map<String, Object> of(List<LayoutModel> contributors) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		contributors.forEach((contributor) -> attributes.putAll(contributor.attributes()));
		return attributes;
	}

}
