package dev.mlcareers.portal.roadmap;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.mlcareers.portal.system.VisitorKeys;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The key of a visitor's saved progress, for the pages that show it: the hash of their
 * token (which only they can present) and the tag of their latest save
 * ({@link VisitorCookie#SAVED_NAME}), which every save, through whichever instance,
 * changes. A visitor without a tag (one who last saved before tags existed), with a
 * malformed cookie, or with two cookies of one name, has no key, so their pages are
 * rendered each time.
 */
@Component
class ProgressVisitorKeys implements VisitorKeys {

	private static final Pattern SAVED_TAG = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	@Override
	public Optional<String> key(HttpServletRequest request) {
		Cookie visitor = only(request, VisitorCookie.NAME);
		Cookie saved = only(request, VisitorCookie.SAVED_NAME);
		if (visitor == null || saved == null || !SAVED_TAG.matcher(saved.getValue()).matches()) {
			return Optional.empty();
		}
		return VisitorToken.parse(visitor.getValue()).map((token) -> prefix(token) + saved.getValue());
	}

	/** The start of every key of the visitor's data, whatever their latest save. */
	static String prefix(VisitorToken token) {
		return token.visitorId() + " ";
	}

	/**
	 * The request's one cookie of that name, or {@code null} if it has none or several
	 * (one set for another path or domain, say): a save replaces only the portal's own,
	 * so with two the tag might never change, and no key can be trusted.
	 */
	private static Cookie only(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		Cookie found = null;
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					if (found != null) {
						return null;
					}
					found = cookie;
				}
			}
		}
		return found;
	}

}
