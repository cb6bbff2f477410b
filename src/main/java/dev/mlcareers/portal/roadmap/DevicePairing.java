package dev.mlcareers.portal.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import dev.mlcareers.portal.system.DatabaseBulkhead;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Progress on more than one browser, without an account: a browser makes a one-time code
 * ({@link PairingCodes}), another redeems it and from then on shows and changes the same
 * progress; any of them can unlink any other. A code is kept only as its hash, is open
 * for {@link PairingCodes#VALID_FOR} and for one use, and making a new one cancels the
 * visitor's open one. Tries at codes are counted in the database, per client address and
 * per code ({@link AttemptLimit}), so the limit holds however many instances serve them.
 * <p>
 * Like every save, each change here takes the visitor's row first
 * ({@link ProgressService#knownOrNew}), and changes the version of their data, so that
 * every linked browser's pages are drawn afresh.
 */
@Service
public class DevicePairing {

	private final ProgressService progress;

	private final DeviceRepository devices;

	private final PairingRepository pairing;

	private final VisitorRepository visitors;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final DatabaseBulkhead database;

	private final Clock clock;

	DevicePairing(ProgressService progress, DeviceRepository devices, PairingRepository pairing,
			VisitorRepository visitors, PlatformTransactionManager transactionManager, DatabaseBulkhead database,
			Clock clock) {
		this.progress = progress;
		this.devices = devices;
		this.pairing = pairing;
		this.visitors = visitors;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.database = database;
		this.clock = clock;
	}

	/**
	 * A new code for the browser's visitor (one made now, with an empty progress, for a
	 * browser that has none yet), cancelling any code they had open.
	 */
	public NewCode newCode(Optional<VisitorToken> presented) {
		return this.progress.save(() -> {
			ProgressService.Browser browser = this.progress.knownOrNew(presented);
			this.pairing.cancel(browser.visitorId());
			String code = PairingCodes.random();
			Instant expires = this.clock.instant().plus(PairingCodes.VALID_FOR);
			// A code another visitor has open by chance is refused by its unique key, and
			// the save made again, with a new code.
			this.pairing.insert(browser.visitorId(), PairingCodes.hash(code), expires);
			return new NewCode(code, expires, new SaveReceipt(browser.token(), true));
		});
	}

	/**
	 * A code just made: to be shown once, as only its hash is kept.
	 *
	 * @param code the code, as stored ({@link PairingCodes#display} shows it)
	 * @param expires when it stops working
	 * @param saved the cookies of the browser that made it
	 */
	public record NewCode(String code, Instant expires, SaveReceipt saved) {

		public String display() {
			return PairingCodes.display(this.code);
		}

	}

	/**
	 * Counts a try at the code from the client address, and if the count allows it, links
	 * the browser to the progress of the visitor who made the code. The code then stops
	 * working. A browser that showed progress of its own shows the other's instead: its
	 * own progress is deleted with it if no other browser shows it.
	 */
	public Redemption redeem(Optional<VisitorToken> presented, String code, boolean replaceOwn, String remoteAddress) {
		Instant now = this.clock.instant();
		Optional<AttemptLimit.Exceeded> exceeded = countAttempt(
				List.of(AttemptLimit.addressSubject(remoteAddress), PairingCodes.attemptSubject(code)), now);
		if (exceeded.isPresent()) {
			return new Redemption.TooMany(exceeded.get().retryAfterSeconds());
		}
		String codeHash = PairingCodes.hash(code);
		try {
			return this.progress.save(() -> redeemOnce(presented, codeHash, replaceOwn, now, false));
		}
		catch (VisitorMoved moved) {
			// A visitor read before their row was locked was given a new id (leave) or
			// deleted meanwhile: once more, with what the database says now.
			return this.progress.save(() -> redeemOnce(presented, codeHash, replaceOwn, now, true));
		}
	}

	/**
	 * One try at linking the browser, in the caller's transaction. A visitor whose row is
	 * gone once locked (moved to a new id, or deleted) ends the try, unless it is the
	 * last: then the code's visitor gone is an unknown code, and the browser's own
	 * visitor gone is no progress of its own.
	 */
	private Redemption redeemOnce(Optional<VisitorToken> presented, String codeHash, boolean replaceOwn, Instant now,
			boolean lastTry) {
		Optional<PairingCode> open = this.pairing.find(codeHash);
		if (open.isEmpty()) {
			return new Redemption.Refused(Redemption.Reason.UNKNOWN);
		}
		if (!open.get().getExpiresAt().isAfter(now)) {
			return new Redemption.Refused(Redemption.Reason.EXPIRED);
		}
		String visitorId = open.get().getVisitorId();
		Optional<String> shown = presented.flatMap((token) -> this.devices.visitorSeenBy(token.hash()));
		if (shown.isPresent() && shown.get().equals(visitorId)) {
			return new Redemption.AlreadyLinked();
		}
		if (shown.isPresent() && !replaceOwn) {
			// Never on a link alone: the code stays open for a second, confirmed try.
			return new Redemption.Refused(Redemption.Reason.OWN_PROGRESS);
		}
		// Both visitors' rows before any other row, as every save takes its visitor's
		// first, and in the order of their ids: a save from this browser's other tab,
		// or another pairing, then waits rather than deadlocks.
		TreeSet<String> locked = new TreeSet<>(List.of(visitorId));
		shown.ifPresent(locked::add);
		boolean codeVisitorKnown = true;
		boolean shownKnown = true;
		for (String id : locked) {
			boolean touched = this.visitors.touch(id, now) > 0;
			if (!touched && !lastTry) {
				throw new VisitorMoved();
			}
			if (id.equals(visitorId)) {
				codeVisitorKnown = touched;
			}
			else {
				shownKnown = touched;
			}
		}
		if (!shownKnown) {
			shown = Optional.empty();
		}
		// Then the code, used once.
		if (!codeVisitorKnown || this.pairing.use(codeHash, visitorId, now) == 0) {
			return new Redemption.Refused(Redemption.Reason.UNKNOWN);
		}
		VisitorToken token = VisitorToken.random();
		this.devices.insert(token.hash(), visitorId, now, null);
		Optional<String> replaced = Optional.empty();
		if (shown.isPresent()) {
			this.devices.unlinkToken(presented.get().hash());
			replaced = Optional.of(presented.get().hash());
			leave(shown.get(), presented.get().hash());
		}
		return new Redemption.Paired(new SaveReceipt(token, true), replaced);
	}

	/** A visitor's row, read before it was locked, was gone once locked. */
	private static final class VisitorMoved extends RuntimeException {

		VisitorMoved() {
			super(null, null, false, false);
		}

	}

	/**
	 * Counts the try for each subject in turn (the client address first), each in a
	 * transaction of its own that commits whatever comes of the try, until one count goes
	 * beyond the limit; whether one did.
	 */
	private Optional<AttemptLimit.Exceeded> countAttempt(List<String> subjects, Instant now) {
		Instant window = AttemptLimit.windowOf(now);
		for (String subject : subjects) {
			Integer attempts = this.progress.save(() -> {
				if (this.pairing.countAttempt(subject, window) == 0) {
					// Two first tries at once: the second is refused by the
					// key and counted again, as an update.
					this.pairing.firstAttempt(subject, window);
				}
				return this.pairing.attempts(subject);
			});
			Optional<AttemptLimit.Exceeded> exceeded = AttemptLimit.check(attempts, now);
			if (exceeded.isPresent()) {
				// The later subjects are not counted: a client over its limit adds no
				// row.
				return exceeded;
			}
		}
		return Optional.empty();
	}

	/** What came of a try at a code. */
	public sealed interface Redemption {

		/** The browser now shows the other's progress, under a new token. */
		record Paired(SaveReceipt saved, Optional<String> replacedTokenHash) implements Redemption {
		}

		/**
		 * The browser already shows the progress of the code's visitor; the code stays.
		 */
		record AlreadyLinked() implements Redemption {
		}

		record Refused(Reason reason) implements Redemption {
		}

		/** Too many tries this minute; the next one counts after so many seconds. */
		record TooMany(long retryAfterSeconds) implements Redemption {
		}

		enum Reason {

			/** No open code has that value: never made, used, or replaced by a newer. */
			UNKNOWN,
			/** The code was made over {@link PairingCodes#VALID_FOR} ago. */
			EXPIRED,
			/**
			 * The browser shows progress of its own, which pairing would replace, and the
			 * form did not say to.
			 */
			OWN_PROGRESS

		}

	}

	/** Whether the browser shows progress of its own (that pairing would replace). */
	public boolean showsProgress(Optional<VisitorToken> presented) {
		return presented.isPresent() && this.database
			.call(() -> this.reads.execute((status) -> this.devices.visitorSeenBy(presented.get().hash()).isPresent()));
	}

	/**
	 * The browsers that show the same progress as this one, first linked first; none for
	 * a browser linked to nobody.
	 */
	public List<LinkedBrowser> browsers(Optional<VisitorToken> presented) {
		if (presented.isEmpty()) {
			return List.of();
		}
		String tokenHash = presented.get().hash();
		return this.database.call(() -> this.reads.execute((status) -> this.devices.findAllSeenBy(tokenHash)
			.stream()
			.map((device) -> new LinkedBrowser(device.getId(), device.getLinkedAt(), device.getSavedAt(),
					device.getTokenHash().equals(tokenHash)))
			.toList()));
	}

	/**
	 * A browser linked to the visitor's progress.
	 *
	 * @param id its number, for unlinking it
	 * @param linkedAt when it was linked (for the first, when the progress was first
	 * saved)
	 * @param savedAt when something was last saved through it, or {@code null}
	 * @param isThisOne whether it is the browser asking
	 */
	public record LinkedBrowser(long id, Instant linkedAt, Instant savedAt, boolean isThisOne) {

		/** When it was linked, as a time of day in UTC (pages know no visitor's zone). */
		public OffsetDateTime linkedAtUtc() {
			return this.linkedAt.atOffset(ZoneOffset.UTC);
		}

		/** When something was last saved through it, in UTC, or {@code null}. */
		public OffsetDateTime savedAtUtc() {
			return (this.savedAt != null) ? this.savedAt.atOffset(ZoneOffset.UTC) : null;
		}

	}

	/**
	 * Unlinks one of the browsers that show the same progress as this one (or this one
	 * itself): it then shows none, and the others keep it all. Unlinking the only browser
	 * deletes the progress, as nobody could reach it any more. Empty if this browser
	 * shows no progress or the other is not linked to it (any more).
	 */
	public Optional<Unlinked> unlink(Optional<VisitorToken> presented, long deviceId) {
		if (presented.isEmpty()) {
			return Optional.empty();
		}
		return this.progress.save(() -> this.progress.known(presented).flatMap((browser) -> {
			Optional<Device> target = this.devices.findAllOf(browser.visitorId())
				.stream()
				.filter((device) -> device.getId() == deviceId)
				.findFirst();
			if (target.isEmpty() || this.devices.unlink(deviceId, browser.visitorId()) == 0) {
				return Optional.empty();
			}
			leave(browser.visitorId(), target.get().getTokenHash());
			boolean itself = target.get().getTokenHash().equals(presented.get().hash());
			return Optional.of(new Unlinked(target.get().getTokenHash(), itself, browser.receipt()));
		}));
	}

	/**
	 * What is left of a visitor once the browser with this token hash no longer shows
	 * their progress: nothing, if no browser does (nobody could reach it any more); else,
	 * if their id was that browser's token hash (the first browser's, as every visitor
	 * gets), a new id, so that no instance of the version before devices, which finds a
	 * visitor by their id, lets that browser in during a rolling upgrade. Runs with the
	 * visitor's row locked.
	 */
	private void leave(String visitorId, String tokenHash) {
		if (this.devices.countOf(visitorId) == 0) {
			this.visitors.erase(visitorId);
		}
		else if (visitorId.equals(tokenHash)) {
			String newId = Visitor.newId();
			this.visitors.copy(visitorId, newId);
			this.visitors.moveProgress(visitorId, newId);
			this.visitors.moveSkills(visitorId, newId);
			this.visitors.moveDevices(visitorId, newId);
			this.visitors.moveCode(visitorId, newId);
			this.visitors.erase(visitorId);
		}
	}

	/**
	 * A browser unlinked.
	 *
	 * @param tokenHash its token's hash (for dropping the pages kept for it)
	 * @param itself whether it was the browser that asked
	 * @param saved the cookies of the browser that asked, if it was another
	 */
	public record Unlinked(String tokenHash, boolean itself, SaveReceipt saved) {
	}

}
