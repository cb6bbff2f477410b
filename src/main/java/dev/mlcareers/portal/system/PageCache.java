package dev.mlcareers.portal.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The rendered pages kept in memory: those every visitor shares, up to one bound, and a
 * visitor's roadmap pages, up to another, each dropped after {@link #VISITOR_PAGE_IDLE}
 * unused. Written by {@link PageCacheFilter}, read by it and by
 * {@link PageCacheHitFilter}.
 */
final class PageCache {

	/** A visitor's pages are dropped after this long unused. */
	static final Duration VISITOR_PAGE_IDLE = Duration.ofMinutes(30);

	private final Cache<String, CachedPage> shared;

	private final Cache<String, CachedPage> visitors;

	PageCache(long sharedMaxBytes, long visitorMaxBytes) {
		this.shared = Caffeine.newBuilder()
			.maximumWeight(sharedMaxBytes)
			.weigher((String key, CachedPage page) -> key.length() + page.weight())
			.build();
		this.visitors = Caffeine.newBuilder()
			.maximumWeight(visitorMaxBytes)
			.weigher((String key, CachedPage page) -> key.length() + page.weight())
			.expireAfterAccess(VISITOR_PAGE_IDLE)
			.build();
	}

	/** The page kept under the key, or {@code null}. */
	CachedPage find(PageCacheFilter.Key key) {
		return cacheFor(key).getIfPresent(key.value());
	}

	void keep(PageCacheFilter.Key key, CachedPage page) {
		cacheFor(key).put(key.value(), page);
	}

	private Cache<String, CachedPage> cacheFor(PageCacheFilter.Key key) {
		return key.shared() ? this.shared : this.visitors;
	}

}
