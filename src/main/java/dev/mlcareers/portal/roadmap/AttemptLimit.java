package dev.mlcareers.portal.roadmap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How many tries at a pairing code are allowed: {@link #PER_MINUTE} a minute from one
 * client address, and as many at one code, counted in windows of a clock minute. A
 * guesser who keeps to the limit from one address tries 7,200 codes a day against about a
 * million million; each code is open ten minutes.
 */
final class AttemptLimit {

	static final int PER_MINUTE = 5;

	static final Duration WINDOW = Duration.ofMinutes(1);

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

	private AttemptLimit() {
	}

	/** The start of the window the moment falls in. */
	static Instant windowOf(Instant now) {
		return now.truncatedTo(ChronoUnit.MINUTES);
	}

	/** Whether a try that makes the window's count this many goes beyond the limit. */
	static boolean exceeded(int attempts) {
		return attempts > PER_MINUTE;
	}

	/**
	 * How long until the window the moment falls in ends, in whole seconds, at least 1.
	 */
	static long secondsLeft(Instant now) {
		Duration left = Duration.between(now, windowOf(now).plus(WINDOW));
		return Math.max(1, (left.toMillis() + 999) / 1000);
	}

	/**
	 * What the count of tries from a client address is kept under: a hash of the address
	 * (for IPv6, of its first 48 bits, the most one site is usually given, so that a
	 * guesser cannot take a fresh address from their own block for each try).
	 */
	static String addressSubject(String remoteAddress) {
		String key = remoteAddress;
		// Only address literals are parsed (no name is ever looked up): Tomcat gives one.
		if (remoteAddress != null && (remoteAddress.indexOf(':') >= 0 || IPV4.matcher(remoteAddress).matches())) {
			try {
				byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
				key = Arrays.toString(Arrays.copyOf(bytes, Math.min(6, bytes.length)));
			}
			catch (UnknownHostException ex) {
				// Not an address literal after all: counted as given.
			}
		}
		return "a" + PairingCodes.sha256("pairing-address " + key).substring(0, 63);
	}

	/** The answer to a try beyond the limit: when another try is counted. */
	record Exceeded(long retryAfterSeconds) {
	}

	static Optional<Exceeded> check(int attempts, Instant now) {
		return exceeded(attempts) ? Optional.of(new Exceeded(secondsLeft(now))) : Optional.empty();
	}

}
