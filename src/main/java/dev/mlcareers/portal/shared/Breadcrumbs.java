package dev.mlcareers.portal.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A page's breadcrumbs as schema.org data: the trail its breadcrumb navigation shows, as
 * a {@code BreadcrumbList} with absolute addresses at {@code portal.public-url}, for the
 * pages that have no other structured data. The names are the messages the navigation
 * shows, so the two agree.
 */
@Component
public class Breadcrumbs {

	private final MessageSource messages;

	private final PublicAddress address;

	Breadcrumbs(MessageSource messages, PublicAddress address) {
		this.messages = messages;
		this.address = address;
	}

	/** The JSON-LD of the trail, from the home page to this page. */
	public String structuredData(Crumb... trail) {
		List<StructuredData.Link> links = Arrays.stream(trail)
			.map((crumb) -> new StructuredData.Link(crumb.name(this.messages), this.address.of(crumb.path())))
			.toList();
		return StructuredData.of(StructuredData.graph(StructuredData.breadcrumbs(links)));
	}

	/** The home page, where every trail starts. */
	public static Crumb home() {
		return message("breadcrumb.home", "/");
	}

	/** A page named by a message, at a path. */
	public static Crumb message(String key, String path, Object... arguments) {
		return new Crumb(key, arguments, null, path);
	}

	/** A page named by the content (a skill's name), at a path. */
	public static Crumb named(String name, String path) {
		return new Crumb(null, null, name, path);
	}

	/** One page of a trail. */
	public record Crumb(String key, Object[] arguments, String name, String path) {

		String name(MessageSource messages) {
			return (this.key != null) ? messages.getMessage(this.key, this.arguments, Locale.ENGLISH) : this.name;
		}

	}

}
