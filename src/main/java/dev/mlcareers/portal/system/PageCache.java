package dev.mlcareers.portal.system;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The rendered pages kept in memory, by canonical address ({@link PageAddress}): those
 * kept for everyone, up to one bound, and visitors' own pages, up to another, under the
 * key of the visitor's data ({@link VisitorKeys}), each dropped after
 * {@link #VISITOR_PAGE_LIFETIME}, used or not (so that a page an erasure on another
 * instance left behind goes within that time). Written by {@link PageCacheFilter}, read
 * by it and by {@link PageCacheHitFilter}. Whether a page is kept at all is its handler's
 * to declare; this class only keeps each page where its scope says and hands it out to no
 * one else. A page for everyone is kept the second time its address is rendered, not the
 * first: most addresses with a query (a search, a skills check, a comparison) are asked
 * for once and would only push out pages that are asked for again. A visitor's own page
 * is kept the first time, for that version of their data: a visitor moving between
 * roadmap pages asks for most of them again before their next save. Which addresses were
 * rendered once is remembered in a fixed amount of memory ({@link SeenOnce}), so a client
 * walking any number of distinct addresses takes no slot and evicts no kept page; a page
 * is cut at its form's token, tagged and compressed only when it is kept
 * ({@link CachedPage}).
 */
final class PageCache {

	/** A visitor's pages are dropped after this long unused. */
	static final Duration VISITOR_PAGE_LIFETIME = Duration.ofMinutes(30);

	/**
	 * Addresses longer than this are never kept: room for the longest canonical one (a
	 * search of 200 characters of four bytes each, percent-encoded).
	 */
	static final int MAX_ADDRESS_LENGTH = 4096;

	/**
	 * How many addresses rendered once are remembered for each byte of the bound of pages
	 * kept for everyone: 65,536 addresses (512 KB) for 64 MB of pages.
	 */
	private static final long BYTES_PER_ADDRESS_SEEN = 1024;

	private final Cache<String, CachedPage> shared;

	private final Cache<String, CachedPage> visitors;

	/** Addresses rendered once and not kept, for everyone or for a visitor. */
	private final SeenOnce seenOnce;

	/** Where the request's visitor key is kept once worked out. */
	static final String VISITOR_KEY_ATTRIBUTE = PageCache.class.getName() + ".visitorKey";

	private final ObjectProvider<VisitorKeys> visitorKeys;

	private volatile VisitorKeys keys;

	PageCache(long sharedMaxBytes, long visitorMaxBytes, ObjectProvider<VisitorKeys> visitorKeys) {
		this.shared = Caffeine.newBuilder()
			.maximumWeight(sharedMaxBytes)
			.weigher((String key, CachedPage page) -> key.length() + page.weight())
			.build();
		this.visitors = Caffeine.newBuilder()
			.maximumWeight(visitorMaxBytes)
			.weigher((String key, CachedPage page) -> key.length() + page.weight())
			.expireAfterWrite(VISITOR_PAGE_LIFETIME)
			.build();
		this.seenOnce = new SeenOnce((int) Math.min(sharedMaxBytes / BYTES_PER_ADDRESS_SEEN, 1 << 24));
		this.visitorKeys = visitorKeys;
	}

	/**
	 * The page kept for this request's address and visitor, or {@code null}: one kept for
	 * everyone; else, for a request without a visitor's cookies, one kept for such
	 * requests; else the visitor's own, if they have one kept.
	 */
	CachedPage find(HttpServletRequest request) {
		String address = PageAddress.requested(request);
		if (address.length() > MAX_ADDRESS_LENGTH) {
			return null;
		}
		// A page kept for everyone has a handler that shows nobody's data, so no visitor
		// has a page of their own at its address: no need to work out their key.
		CachedPage page = this.shared.getIfPresent(address);
		if (page != null && page.scope() == CachedPage.Scope.EVERYONE) {
			return page;
		}
		if (!PagePolicy.carriesVisitorCookies(request)) {
			return page;
		}
		Optional<String> visitor = visitorKey(request);
		return visitor.isPresent() ? this.visitors.getIfPresent(visitorAddress(address, visitor.get())) : null;
	}

	/**
	 * Whether a rendering for the request, to be served to whom the scope says, is to be
	 * kept. A page for more than one visitor only if its address was rendered before (and
	 * is still remembered as such; else it is remembered now). A visitor's own page at
	 * once, if their data has a key: it is rendered for that version of their data only,
	 * and moving between the roadmap's pages, a visitor asks for most of them again
	 * before their next save.
	 */
	boolean admits(HttpServletRequest request, CachedPage.Scope scope) {
		String address = PageAddress.requested(request);
		if (address.length() > MAX_ADDRESS_LENGTH) {
			return false;
		}
		return (scope != CachedPage.Scope.ONE_VISITOR) ? this.seenOnce.seenBefore(address)
				: visitorKey(request).isPresent();
	}

	/**
	 * Keeps the page under the request's address: for everyone, or for the request's
	 * visitor alone (if their data has a key); {@link #admits} says when.
	 */
	void put(HttpServletRequest request, CachedPage page) {
		String address = PageAddress.requested(request);
		if (address.length() > MAX_ADDRESS_LENGTH) {
			return;
		}
		if (page.scope() != CachedPage.Scope.ONE_VISITOR) {
			this.shared.put(address, page);
			return;
		}
		visitorKey(request).ifPresent((visitor) -> this.visitors.put(visitorAddress(address, visitor), page));
	}

	/**
	 * Drops every page kept for the visitor whose keys start so, whatever version of
	 * their data it showed.
	 */
	void forgetVisitor(String keyPrefix) {
		// A kept page's key is its address (which holds no blank), a blank, then the
		// visitor's key.
		this.visitors.asMap().keySet().removeIf((key) -> key.substring(key.indexOf(' ') + 1).startsWith(keyPrefix));
	}

	/** How many pages are kept for everyone, and for visitors. */
	long[] sizes() {
		this.shared.cleanUp();
		this.visitors.cleanUp();
		return new long[] { this.shared.estimatedSize(), this.visitors.estimatedSize() };
	}

	void clear() {
		this.seenOnce.clear();
		this.shared.invalidateAll();
		this.visitors.invalidateAll();
	}

	/**
	 * The key of the request's visitor's data, if exactly one feature gives one: worked
	 * out once per request, when the page is looked for, before it is rendered. A page is
	 * then kept under the version of the data it was rendered from, or an older one,
	 * never under a version a save made during its rendering (which may not show in it).
	 */
	@SuppressWarnings("unchecked")
	private Optional<String> visitorKey(HttpServletRequest request) {
		Object known = request.getAttribute(VISITOR_KEY_ATTRIBUTE);
		if (known != null) {
			return (Optional<String>) known;
		}
		Optional<String> key = keys().key(request);
		request.setAttribute(VISITOR_KEY_ATTRIBUTE, key);
		return key;
	}

	private VisitorKeys keys() {
		VisitorKeys keys = this.keys;
		if (keys == null) {
			// Looked up once, on first use, when every bean is there.
			VisitorKeys unique = this.visitorKeys.getIfUnique();
			keys = (unique != null) ? unique : (ignored) -> Optional.empty();
			this.keys = keys;
		}
		return keys;
	}

	private static String visitorAddress(String address, String visitor) {
		return address + " " + visitor;
	}

}
