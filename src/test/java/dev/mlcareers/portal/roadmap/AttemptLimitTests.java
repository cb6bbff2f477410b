package dev.mlcareers.portal.roadmap;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimitTests {

	@Test
	void countsInWindowsOfAClockMinute() {
		assertThat(AttemptLimit.windowOf(Instant.parse("2026-12-05T10:15:42.123Z")))
			.isEqualTo(Instant.parse("2026-12-05T10:15:00Z"));
		assertThat(AttemptLimit.windowOf(Instant.parse("2026-12-05T10:15:00Z")))
			.isEqualTo(Instant.parse("2026-12-05T10:15:00Z"));
	}

	@Test
	void allowsFiveTriesAMinuteAndNotASixth() {
		Instant now = Instant.parse("2026-12-05T10:15:42Z");
		for (int attempts = 1; attempts <= 5; attempts++) {
			assertThat(AttemptLimit.check(attempts, now)).as("try %d", attempts).isEmpty();
		}
		assertThat(AttemptLimit.check(6, now)).hasValueSatisfying(
				(exceeded) -> assertThat(exceeded.retryAfterSeconds()).as("to the next minute").isEqualTo(18));
	}

	@Test
	void asksToWaitAtLeastASecondAndRoundsUp() {
		assertThat(AttemptLimit.secondsLeft(Instant.parse("2026-12-05T10:15:59.999Z"))).isEqualTo(1);
		assertThat(AttemptLimit.secondsLeft(Instant.parse("2026-12-05T10:15:00.500Z"))).isEqualTo(60);
		assertThat(AttemptLimit.secondsLeft(Instant.parse("2026-12-05T10:15:00Z"))).isEqualTo(60);
	}

	@Test
	void countsAnIpv6SiteAsOneClientWhateverTheLowerBits() {
		assertThat(AttemptLimit.addressSubject("2001:db8:1:2:aaaa::1"))
			.isEqualTo(AttemptLimit.addressSubject("2001:db8:1:2:ffff:1:2:3"))
			.as("another subnet of the same /48")
			.isEqualTo(AttemptLimit.addressSubject("2001:db8:1:ffff::1"))
			.isNotEqualTo(AttemptLimit.addressSubject("2001:db8:2::1"));
		assertThat(AttemptLimit.addressSubject("::ffff:192.0.2.10")).as("an IPv4 address written as IPv6")
			.isEqualTo(AttemptLimit.addressSubject("192.0.2.10"));
		assertThat(AttemptLimit.addressSubject("0:0:0:0:0:0:0:1")).isEqualTo(AttemptLimit.addressSubject("::1"));
	}

	@Test
	void countsEachIpv4AddressApartAndKeepsOnlyAHash() {
		String subject = AttemptLimit.addressSubject("192.0.2.10");
		assertThat(subject).hasSize(64).doesNotContain("192.0.2.10");
		assertThat(subject).isNotEqualTo(AttemptLimit.addressSubject("192.0.2.11"));
		assertThat(AttemptLimit.addressSubject("not:an:address")).hasSize(64);
		assertThat(AttemptLimit.addressSubject("300.1.1.1")).as("no name looked up for what only looks like IPv4")
			.hasSize(64);
	}

}
