package dev.mlcareers.portal.roadmap;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.mlcareers.portal.system.DatabaseBulkhead;
import dev.mlcareers.portal.system.VisitorKeys;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key of a visitor's saved progress, for the pages that show it: the hash of the
 * browser's token (which only that browser can present) and the tag of its latest save
 * ({@link VisitorCookie#SAVED_NAME}), which every save through it, through whichever
 * instance, changes. A save through another browser linked to the same progress changes
 * neither: so for a browser whose tag says its progress may show on another
 * ({@link VisitorCookie#LINKED}), the key also has the version of the visitor's data that
 * the database gives ({@code visitor.revision}), read for each request. A visitor without
 * a tag (one who last saved before tags existed), with a malformed cookie, with two
 * cookies of one name, or linked while the database cannot be read, has no key, so their
 * pages are rendered each time.
 */
@Component
class ProgressVisitorKeys implements VisitorKeys {

	private static final Pattern SAVED_TAG = Pattern
		.compile("[A-Za-z0-9_-]{1,64}(" + Pattern.quote(VisitorCookie.LINKED) + ")?");

	/**
	 * How long the version may take to read: a key only spares a rendering, so a slow
	 * database gives no key at once rather than hold the request.
	 */
	static final int LOOKUP_TIMEOUT_SECONDS = 1;

	private final DeviceRepository devices;

	private final DatabaseBulkhead database;

	private final TransactionTemplate lookups;

	ProgressVisitorKeys(DeviceRepository devices, DatabaseBulkhead database,
			PlatformTransactionManager transactionManager) {
		this.devices = devices;
		this.database = database;
		this.lookups = new TransactionTemplate(transactionManager);
		this.lookups.setReadOnly(true);
		this.lookups.setTimeout(LOOKUP_TIMEOUT_SECONDS);
	}

	@Override
	public Optional<String> key(HttpServletRequest request) {
		Cookie visitor = only(request, VisitorCookie.NAME);
		Cookie saved = only(request, VisitorCookie.SAVED_NAME);
		if (visitor == null || saved == null || !SAVED_TAG.matcher(saved.getValue()).matches()) {
			return Optional.empty();
		}
		Optional<VisitorToken> token = VisitorToken.parse(visitor.getValue());
		if (token.isEmpty()) {
			return Optional.empty();
		}
		String key = prefix(token.get()) + saved.getValue();
		if (!saved.getValue().endsWith(VisitorCookie.LINKED)) {
			return Optional.of(key);
		}
		try {
			// A browser unlinked, or whose progress was erased, shows nothing: not kept.
			// In turn with every other use of the database (DatabaseBulkhead), so that a
			// slow database never holds more threads for this than for any page.
			Optional<Long> revision = this.database
				.call(() -> this.lookups.execute((status) -> this.devices.revisionSeenBy(token.get().hash())));
			return (revision != null) ? revision.map((version) -> key + " " + version) : Optional.empty();
		}
		catch (RuntimeException unreadable) {
			// The page then reads the database itself, and says what it could not read.
			return Optional.empty();
		}
	}

	/** The start of every key of the browser's data, whatever its latest save. */
	static String prefix(VisitorToken token) {
		return prefix(token.hash());
	}

	/** The start of every key of the data of the browser with this token hash. */
	static String prefix(String tokenHash) {
		return tokenHash + " ";
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
