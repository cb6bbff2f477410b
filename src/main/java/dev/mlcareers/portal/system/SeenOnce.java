package dev.mlcareers.portal.system;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The addresses rendered once and not kept, remembered in a fixed amount of memory: a
 * 64-bit fingerprint each, in buckets of {@value #BUCKET} where the oldest goes first. So
 * an address asked for once costs eight bytes and no allocation, and any number of
 * distinct addresses (one client walking a million searches) only pushes out older marks,
 * never a kept page. Two addresses with the same fingerprint count as one: the second is
 * then kept on its first rendering, which is harmless. Safe for concurrent use without
 * locks; a race may lose or repeat a mark, which only means one more rendering or one
 * page kept a request early. The fingerprints are seeded at random per instance, so no
 * one can work out offline which addresses share a bucket and push a chosen page's mark
 * out with a few requests (found in review).
 */
final class SeenOnce {

	/** Fingerprints per bucket: one cache line of a {@code long[]}. */
	static final int BUCKET = 8;

	private static final long EMPTY = 0;

	private final AtomicLongArray fingerprints;

	private final int bucketMask;

	private final long seed = new SecureRandom().nextLong();

	/**
	 * Remembers at most {@code capacity} addresses, rounded up to a power of two of at
	 * least one bucket.
	 */
	SeenOnce(int capacity) {
		int buckets = Integer.highestOneBit(Math.max(capacity / BUCKET, 1) * 2 - 1);
		this.fingerprints = new AtomicLongArray(buckets * BUCKET);
		this.bucketMask = buckets - 1;
	}

	/**
	 * Whether the address was remembered as rendered once: if so it is forgotten (it is
	 * about to be kept), and if not it is remembered now.
	 */
	boolean seenBefore(String address) {
		long fingerprint = fingerprint(this.seed, address);
		int start = ((int) (fingerprint >>> 32) & this.bucketMask) * BUCKET;
		for (int slot = start; slot < start + BUCKET; slot++) {
			if (this.fingerprints.get(slot) == fingerprint) {
				this.fingerprints.compareAndSet(slot, fingerprint, EMPTY);
				return true;
			}
		}
		// The newest first; the oldest of a full bucket falls off its end.
		for (int slot = start + BUCKET - 1; slot > start; slot--) {
			this.fingerprints.set(slot, this.fingerprints.get(slot - 1));
		}
		this.fingerprints.set(start, fingerprint);
		return false;
	}

	/** How many addresses it can remember. */
	int capacity() {
		return this.fingerprints.length();
	}

	/** Forgets every address. */
	void clear() {
		for (int slot = 0; slot < this.fingerprints.length(); slot++) {
			this.fingerprints.set(slot, EMPTY);
		}
	}

	/**
	 * FNV-1a over the address's characters from a seeded start, then MurmurHash3's final
	 * mix, so that every bit of it depends on the seed and every character; never
	 * {@link #EMPTY}.
	 */
	static long fingerprint(long seed, String address) {
		long hash = 0xcbf29ce484222325L ^ seed;
		for (int i = 0; i < address.length(); i++) {
			hash = (hash ^ address.charAt(i)) * 0x100000001b3L;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return (hash != EMPTY) ? hash : 1;
	}

}
