package dev.mlcareers.portal.system;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses rendered once, remembered in a fixed amount of memory. */
class SeenOnceTests {

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
		assertThat(SeenOnce.fingerprint("/search?q=ab")).isNotEqualTo(SeenOnce.fingerprint("/search?q=ba"));
		assertThat(SeenOnce.fingerprint("/search?q=é")).isNotEqualTo(SeenOnce.fingerprint("/search?q=e"));
		assertThat(IntStream.range(0, 10_000).mapToLong((i) -> SeenOnce.fingerprint("/a" + i)).distinct().count())
			.isEqualTo(10_000);
		assertThat(IntStream.range(0, 10_000).mapToLong((i) -> SeenOnce.fingerprint("/a" + i))).doesNotContain(0L);
	}

}
