package dev.mlcareers.portal.shared;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Slugs are lowercase kebab-case: letters and digits in words joined by single hyphens.
 */
public final class Slugs {

	static final int MAX_LENGTH = 80;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	public static boolean isValid(String candidate) {
		return candidate != null && candidate.length() <= MAX_LENGTH && SLUG.matcher(candidate).matches();
	}

	/**
	 * Looks the slug up, or throws {@link ContentNotFoundException}. Something that is
	 * not a slug is never looked up, so it never reaches a query or a cache key.
	 */
	public static <T> T lookup(String kind, String slug, Function<String, Optional<T>> finder) {
		Optional<T> found = isValid(slug) ? finder.apply(slug) : Optional.empty();
		return found.orElseThrow(() -> ContentNotFoundException.forSlug(kind, slug));
	}

	/**
	 * The slug if it is one, or a fixed marker: a visitor's text never reaches the logs
	 * raw.
	 */
	static String forLog(String candidate) {
		return isValid(candidate) ? candidate : "(not a slug)";
	}

}
