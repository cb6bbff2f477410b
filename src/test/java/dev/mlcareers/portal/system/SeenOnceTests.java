package dev.mlcareers.portal.system;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses rendered once, remembered in a fixed amount of memory. */
class SeenOnceTests {

	private static final long SEED = 0x5eedL;

	@Test
	void saysAnAddressWasSeenTheSecondTimeItIsAskedForAndThenForgetsIt() {
		SeenOnce seen = new SeenOnce(1024);
		assertThat(seen.seenBefore("/search?q=python")).isFalse();
		assertThat(seen.seenBefore("/search?q=pytorch")).isFalse();
		assertThat(seen.seenBefore("/search?q=python")).isTrue();
		assertThat(seen.seenBefore("/search?q=python")).as("kept by now: remembered afresh").isFalse();
		assertThat(seen.seenBefore("/search?q=pytorch")).isTrue();
	}

	@Test
	void remembersEveryRecentAddressWhileThereIsRoom() {
		SeenOnce seen = new SeenOnce(4096);
		IntStream.range(0, 200).forEach((i) -> assertThat(seen.seenBefore("/search?q=word" + i)).isFalse());
		assertThat(IntStream.range(0, 200).filter((i) -> seen.seenBefore("/search?q=word" + i)).count()).isEqualTo(200);
	}

	@Test
	void takesNoMoreRoomForAnyNumberOfAddressesAndForgetsTheOldestFirst() {
		SeenOnce seen = new SeenOnce(1024);
		assertThat(seen.seenBefore("/salaries?basis=ppp")).isFalse();
		long reportedSeen = IntStream.range(0, 100_000).filter((i) -> seen.seenBefore("/search?q=flood" + i)).count();
		assertThat(reportedSeen).as("distinct addresses are not taken for each other").isZero();
		assertThat(seen.capacity()).isEqualTo(1024);
		assertThat(seen.seenBefore("/salaries?basis=ppp")).as("pushed out by the newer ones").isFalse();
		assertThat(seen.seenBefore("/search?q=flood99999")).as("the newest is still there").isTrue();
	}

	@Test
	void roundsItsRoomUpToWholeBucketsAPowerOfTwoInNumber() {
		assertThat(new SeenOnce(1000).capacity()).isEqualTo(1024);
		assertThat(new SeenOnce(65_536).capacity()).isEqualTo(65_536);
		assertThat(new SeenOnce(0).capacity()).isEqualTo(SeenOnce.BUCKET);
	}

	@Test
	void forgetsEverythingWhenCleared() {
		SeenOnce seen = new SeenOnce(64);
		seen.seenBefore("/roles/data-scientist");
		seen.clear();
		assertThat(seen.seenBefore("/roles/data-scientist")).isFalse();
	}

	@Test
	void fingerprintsEveryCharacterAndNeverAsAnEmptySlot() {
		assertThat(SeenOnce.fingerprint(SEED, "/search?q=ab")).isNotEqualTo(SeenOnce.fingerprint(SEED, "/search?q=ba"));
		assertThat(SeenOnce.fingerprint(SEED, "/search?q=é")).isNotEqualTo(SeenOnce.fingerprint(SEED, "/search?q=e"));
		assertThat(IntStream.range(0, 10_000).mapToLong((i) -> SeenOnce.fingerprint(SEED, "/a" + i)).distinct().count())
			.isEqualTo(10_000);
		assertThat(IntStream.range(0, 10_000).mapToLong((i) -> SeenOnce.fingerprint(SEED, "/a" + i)))
			.doesNotContain(0L);
	}

	/**
	 * Each instance seeds its fingerprints, so which addresses share a bucket cannot be
	 * worked out ahead: with another seed, the same address lands elsewhere.
	 */
	@Test
	void seedsItsFingerprintsSoThatNoOneCanChooseAddressesThatShareABucket() {
		assertThat(SeenOnce.fingerprint(SEED, "/search?q=python"))
			.isNotEqualTo(SeenOnce.fingerprint(SEED + 1, "/search?q=python"));
		long sameBucket = IntStream.range(0, 1_000)
			.filter((i) -> (SeenOnce.fingerprint(SEED, "/a" + i) >>> 32) == (SeenOnce.fingerprint(~SEED,
					"/a" + i) >>> 32))
			.count();
		assertThat(sameBucket).isZero();
	}

}
