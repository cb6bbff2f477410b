package dev.mlcareers.portal.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The schema.org data of an index page (the roles, the skills, the certifications): the
 * pages it lists, in its order, as an {@code ItemList}, and its breadcrumbs. Addresses
 * are absolute at {@code portal.public-url}.
 */
@Component
public class IndexPages {

	private final MessageSource messages;

	private final PublicAddress address;

	IndexPages(MessageSource messages, PublicAddress address) {
		this.messages = messages;
		this.address = address;
	}

	/**
	 * The JSON-LD of the index at the path, titled by the message, listing the pages.
	 * @param headingKey the message of the page's heading (its last breadcrumb)
	 * @param path the index's path
	 * @param pages each listed page's name and path
	 */
	public String structuredData(String headingKey, String path, List<StructuredData.Link> pages) {
		String heading = this.messages.getMessage(headingKey, null, Locale.ENGLISH);
		List<StructuredData.Link> items = pages.stream()
			.map((page) -> new StructuredData.Link(page.name(), this.address.of(page.url())))
			.toList();
		return StructuredData.of(StructuredData.graph(StructuredData.itemList(heading, items),
				StructuredData.breadcrumbs(List
					.of(new StructuredData.Link(this.messages.getMessage("breadcrumb.home", null, Locale.ENGLISH),
							this.address.of("/")), new StructuredData.Link(heading, this.address.of(path))))));
	}

}
