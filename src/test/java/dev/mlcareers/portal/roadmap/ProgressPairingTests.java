package dev.mlcareers.portal.roadmap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.system.DatabaseBulkhead;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pairing browsers, on the embedded database and (in the PostgreSQL run) on PostgreSQL,
 * with a clock of its own: a code links one browser, once, for ten minutes; tries are
 * counted in the database; linked browsers share one progress; unlinking and erasing
 * leave nothing that a browser no longer linked can reach.
 */
@ApplicationTest
class ProgressPairingTests {

	static final String SLUG = "machine-learning-engineer";

	@Autowired
	ProgressService progress;

	@Autowired
	RoadmapService catalog;

	@Autowired
	DeviceRepository devices;

	@Autowired
	PairingRepository pairingCodes;

	@Autowired
	VisitorRepository visitors;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DatabaseBulkhead database;

	@Autowired
	JdbcClient jdbc;

	TestClock clock;

	DevicePairing pairing;

	/** A client address of this test's own, so that no other test's tries count. */
	String address;

	@BeforeEach
	void pairing() {
		// A minute of its own, far from the other tests' and from a minute's end.
		this.clock = new TestClock(Instant.now()
			.truncatedTo(ChronoUnit.MINUTES)
			.plus(Duration.ofDays(1000))
			.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000_000) * 60L)
			.plusSeconds(5));
		this.pairing = new DevicePairing(this.progress, this.devices, this.pairingCodes, this.visitors,
				this.transactions, this.database, this.clock);
		this.address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "-"
				+ ThreadLocalRandom.current().nextLong();
	}

	@Test
	void aCodeLinksAnotherBrowserToTheSameProgressOnce() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
		assertThat(code.saved().token()).as("the browser keeps its token").isEqualTo(laptop);
		assertThat(code.saved().linked()).isTrue();
		assertThat(code.expires()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(10)));
		assertThat(this.jdbc.sql("SELECT code_hash FROM pairing_code WHERE visitor_id = ?")
			.param(visitorOf(laptop))
			.query(String.class)
			.single()).as("only the hash is kept").isEqualTo(PairingCodes.hash(code.code())).isNotEqualTo(code.code());

		DevicePairing.Redemption redemption = this.pairing.redeem(Optional.empty(), code.code(), false, this.address);
		assertThat(redemption).isInstanceOf(DevicePairing.Redemption.Paired.class);
		DevicePairing.Redemption.Paired paired = (DevicePairing.Redemption.Paired) redemption;
		VisitorToken phone = paired.saved().token();
		assertThat(phone).isNotEqualTo(laptop);
		assertThat(paired.saved().linked()).isTrue();
		assertThat(paired.replacedTokenHash()).isEmpty();
		assertThat(visitorOf(phone)).isEqualTo(visitorOf(laptop));
		assertThat(progressOf(phone).status(1)).isEqualTo(StepStatus.DONE);

		assertThat(this.pairing.redeem(Optional.empty(), code.code(), false, this.address + "b")).as("used once")
			.isEqualTo(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.UNKNOWN));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM pairing_code WHERE visitor_id = ?")
			.param(visitorOf(laptop))
			.query(Long.class)
			.single()).isZero();
		erase(laptop);
	}

	@Test
	void linkedBrowsersSeeEachOthersSavesAndTheirReceiptsSaySo() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pairNew(laptop);
		assertThat(this.progress.saveStatus(Optional.of(phone), SLUG, 2, StepStatus.DONE).orElseThrow())
			.isEqualTo(new SaveReceipt(phone, true));
		assertThat(this.progress.saveNote(Optional.of(laptop), SLUG, 3, "From the laptop").orElseThrow())
			.isEqualTo(new SaveReceipt(laptop, true));
		for (VisitorToken browser : List.of(laptop, phone)) {
			RoadmapProgress seen = progressOf(browser);
			assertThat(seen.status(1)).isEqualTo(StepStatus.DONE);
			assertThat(seen.status(2)).isEqualTo(StepStatus.DONE);
			assertThat(seen.note(3)).isEqualTo("From the laptop");
		}
		assertThat(this.pairing.browsers(Optional.of(phone))).extracting(DevicePairing.LinkedBrowser::isThisOne)
			.containsExactly(false, true);
		assertThat(this.pairing.browsers(Optional.of(laptop))).extracting(DevicePairing.LinkedBrowser::isThisOne)
			.containsExactly(true, false);
		erase(laptop);
	}

	@Test
	void everySaveThroughAnyLinkedBrowserChangesTheVersionThePagesAreKeptUnder() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pairNew(laptop);
		long before = this.devices.revisionSeenBy(laptop.hash()).orElseThrow();
		assertThat(this.devices.revisionSeenBy(phone.hash())).contains(before);
		this.progress.saveStatus(Optional.of(phone), SLUG, 2, StepStatus.DONE);
		long after = this.devices.revisionSeenBy(laptop.hash()).orElseThrow();
		assertThat(after).isGreaterThan(before);
		this.progress.reset(Optional.of(phone), SLUG);
		assertThat(this.devices.revisionSeenBy(laptop.hash()).orElseThrow()).isGreaterThan(after);
		erase(laptop);
	}

	@Test
	void aNewCodeCancelsTheOldOne() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode first = this.pairing.newCode(Optional.of(laptop));
		DevicePairing.NewCode second = this.pairing.newCode(Optional.of(laptop));
		assertThat(this.pairing.redeem(Optional.empty(), first.code(), false, this.address))
			.isEqualTo(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.UNKNOWN));
		assertThat(this.pairing.redeem(Optional.empty(), second.code(), false, this.address))
			.isInstanceOf(DevicePairing.Redemption.Paired.class);
		erase(laptop);
	}

	@Test
	void aCodeWorksForTenMinutesAndThenSaysItExpired() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.pairing.redeem(Optional.empty(), code.code(), false, this.address))
			.isEqualTo(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.EXPIRED));

		DevicePairing.NewCode fresh = this.pairing.newCode(Optional.of(laptop));
		this.clock.advance(Duration.ofMinutes(10).minusMillis(1));
		assertThat(this.pairing.redeem(Optional.empty(), fresh.code(), false, this.address))
			.isInstanceOf(DevicePairing.Redemption.Paired.class);
		erase(laptop);
	}

	@Test
	void aWrongCodeLinksNobody() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
		String wrong = code.code().equals("00000000") ? "00000001" : "00000000";
		assertThat(this.pairing.redeem(Optional.empty(), wrong, false, this.address))
			.isEqualTo(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.UNKNOWN));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM device WHERE visitor_id = ?")
			.param(visitorOf(laptop))
			.query(Long.class)
			.single()).isEqualTo(1);
		erase(laptop);
	}

	@Test
	void fiveTriesAMinuteFromOneAddressThenTooManyUntilTheNextMinute() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
		for (int i = 0; i < 5; i++) {
			assertThat(this.pairing.redeem(Optional.empty(), wrongCode(i), false, this.address)).as("try %d", i + 1)
				.isInstanceOf(DevicePairing.Redemption.Refused.class);
		}
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.pairing.redeem(Optional.empty(), code.code(), false, this.address))
			.as("even the right code, from that address")
			.isEqualTo(new DevicePairing.Redemption.TooMany(45));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM device WHERE visitor_id = ?")
			.param(visitorOf(laptop))
			.query(Long.class)
			.single()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(45));
		assertThat(this.pairing.redeem(Optional.empty(), code.code(), false, this.address)).as("the next minute")
			.isInstanceOf(DevicePairing.Redemption.Paired.class);
		erase(laptop);
	}

	@Test
	void aClientOverItsLimitAddsNoCountOfTheCodesItTries() {
		for (int i = 0; i < 5; i++) {
			this.pairing.redeem(Optional.empty(), wrongCode(i), false, this.address);
		}
		for (int i = 0; i < 20; i++) {
			assertThat(this.pairing.redeem(Optional.empty(), PairingCodes.random(), false, this.address))
				.isInstanceOf(DevicePairing.Redemption.TooMany.class);
		}
		assertThat(this.jdbc.sql("SELECT attempts FROM pairing_attempt WHERE subject = ?")
			.param(AttemptLimit.addressSubject(this.address))
			.query(Integer.class)
			.single()).isEqualTo(25);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM pairing_attempt WHERE window_start = ?")
			.param(java.sql.Timestamp.from(AttemptLimit.windowOf(this.clock.instant())))
			.query(Long.class)
			.single()).as("the address, and the five codes tried within its limit").isEqualTo(6);
	}

	@Test
	void fiveTriesAMinuteAtOneCodeWhateverTheAddresses() {
		String guessed = wrongCode(7);
		for (int i = 0; i < 5; i++) {
			assertThat(this.pairing.redeem(Optional.empty(), guessed, false, this.address + i))
				.isInstanceOf(DevicePairing.Redemption.Refused.class);
		}
		assertThat(this.pairing.redeem(Optional.empty(), guessed, false, this.address + "x"))
			.isInstanceOf(DevicePairing.Redemption.TooMany.class);
		assertThat(this.pairing.redeem(Optional.empty(), wrongCode(8), false, this.address + "x"))
			.as("another code from that address")
			.isInstanceOf(DevicePairing.Redemption.Refused.class);
	}

	@Test
	void aBrowserWithProgressOfItsOwnShowsTheOthersInsteadAndItsOwnIsDeleted() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = saveDone(Optional.empty(), 5);
		String phonesOwnVisitor = visitorOf(phone);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));

		assertThat(this.pairing.redeem(Optional.of(phone), code.code(), false, this.address))
			.as("not without saying so")
			.isEqualTo(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.OWN_PROGRESS));
		assertThat(progressOf(phone).status(5)).isEqualTo(StepStatus.DONE);
		DevicePairing.Redemption.Paired paired = (DevicePairing.Redemption.Paired) this.pairing
			.redeem(Optional.of(phone), code.code(), true, this.address);
		assertThat(paired.replacedTokenHash()).contains(phone.hash());
		VisitorToken phoneNow = paired.saved().token();
		assertThat(phoneNow).as("a new token for the new link").isNotEqualTo(phone);
		assertThat(progressOf(phoneNow).status(1)).isEqualTo(StepStatus.DONE);
		assertThat(progressOf(phoneNow).status(5)).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(progressOf(phone).status(1)).as("the old token shows nothing").isEqualTo(StepStatus.NOT_STARTED);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM visitor WHERE id = ?")
			.param(phonesOwnVisitor)
			.query(Long.class)
			.single()).as("nobody could reach it any more").isZero();
		erase(laptop);
	}

	@Test
	void aBrowserAlreadyLinkedIsToldSoAndTheCodeStaysOpen() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
		assertThat(this.pairing.redeem(Optional.of(laptop), code.code(), false, this.address))
			.isEqualTo(new DevicePairing.Redemption.AlreadyLinked());
		assertThat(this.pairing.redeem(Optional.empty(), code.code(), false, this.address))
			.isInstanceOf(DevicePairing.Redemption.Paired.class);
		erase(laptop);
	}

	@Test
	void unlinkingABrowserLeavesTheProgressWithTheOthers() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pairNew(laptop);
		long phoneId = idOf(laptop, phone);

		DevicePairing.Unlinked unlinked = this.pairing.unlink(Optional.of(laptop), phoneId).orElseThrow();
		assertThat(unlinked.itself()).isFalse();
		assertThat(unlinked.tokenHash()).isEqualTo(phone.hash());
		assertThat(progressOf(phone).status(1)).as("the phone shows nothing").isEqualTo(StepStatus.NOT_STARTED);
		assertThat(this.devices.revisionSeenBy(phone.hash())).isEmpty();
		assertThat(progressOf(laptop).status(1)).isEqualTo(StepStatus.DONE);
		assertThat(this.pairing.unlink(Optional.of(phone), idOf(laptop, laptop))).as("the phone cannot unlink any more")
			.isEmpty();
		assertThat(this.pairing.unlink(Optional.of(laptop), phoneId)).as("already unlinked").isEmpty();

		SaveReceipt phoneSave = this.progress.saveStatus(Optional.of(phone), SLUG, 2, StepStatus.DONE).orElseThrow();
		assertThat(phoneSave.token()).as("a save from the unlinked phone starts a progress of its own")
			.isNotEqualTo(phone);
		assertThat(progressOf(laptop).status(2)).isEqualTo(StepStatus.NOT_STARTED);
		erase(laptop);
		erase(phoneSave.token());
	}

	@Test
	void theFirstBrowserUnlinkedIsNeverFoundAgainUnderTheVisitorsId() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pairNew(laptop);
		assertThat(visitorOf(laptop)).as("the visitor's id is the first browser's hash").isEqualTo(laptop.hash());
		this.pairing.unlink(Optional.of(phone), idOf(phone, laptop)).orElseThrow();
		assertThat(visitorOf(phone)).as("a new id, which no version finds the laptop under")
			.isNotEqualTo(laptop.hash());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM visitor WHERE id = ?")
			.param(laptop.hash())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM step_progress WHERE visitor_id = ?")
			.param(visitorOf(phone))
			.query(Long.class)
			.single()).as("the progress moved with it").isEqualTo(1);

		assertThat(progressOf(laptop).status(1)).isEqualTo(StepStatus.NOT_STARTED);
		SaveReceipt again = this.progress.saveStatus(Optional.of(laptop), SLUG, 2, StepStatus.DONE).orElseThrow();
		assertThat(again.token()).as("a progress of its own, under a new token").isNotEqualTo(laptop);
		assertThat(progressOf(again.token()).status(1)).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(progressOf(phone).status(1)).isEqualTo(StepStatus.DONE);
		assertThat(progressOf(phone).status(2)).isEqualTo(StepStatus.NOT_STARTED);
		assertThat(this.devices.visitorOf(laptop.hash())).isEmpty();
		erase(phone);
		erase(again.token());
	}

	@Test
	void aBrowserWhoseProgressAnOldInstanceMadeIsAskedBeforePairingReplacesItAndItIsDeleted() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
		VisitorToken old = VisitorToken.random();
		Visitors.insertWithoutDevice(this.jdbc, old, SLUG, 6, "done", null);
		assertThat(this.pairing.showsProgress(Optional.of(old))).isTrue();
		assertThat(this.pairing.redeem(Optional.of(old), code.code(), false, this.address))
			.isEqualTo(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.OWN_PROGRESS));
		assertThat(this.pairing.redeem(Optional.of(old), code.code(), true, this.address))
			.isInstanceOf(DevicePairing.Redemption.Paired.class);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM visitor WHERE id = ?").param(old.hash()).query(Long.class).single())
			.as("nobody could reach it any more")
			.isZero();
		erase(laptop);
	}

	@Test
	void deleteEverythingDeletesAVisitorAnOldInstanceMade() {
		VisitorToken old = VisitorToken.random();
		Visitors.insertWithoutDevice(this.jdbc, old, SLUG, 6, "done", null);
		assertThat(progressOf(old).status(6)).isEqualTo(StepStatus.DONE);
		assertThat(this.progress.erase(Optional.of(old))).containsExactly(old.hash());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM step_progress WHERE visitor_id = ?")
			.param(old.hash())
			.query(Long.class)
			.single()).isZero();
		assertThat(progressOf(old).status(6)).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void aSaveWhileTheVisitorIsGivenANewIdLandsUnderTheNewId() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pairNew(laptop);
		this.pairing.unlink(Optional.of(laptop), idOf(laptop, laptop)).orElseThrow();
		SaveReceipt saved = this.progress.saveStatus(Optional.of(phone), SLUG, 2, StepStatus.DONE).orElseThrow();
		assertThat(saved.token()).isEqualTo(phone);
		assertThat(progressOf(phone).status(1)).isEqualTo(StepStatus.DONE);
		assertThat(progressOf(phone).status(2)).isEqualTo(StepStatus.DONE);
		erase(phone);
	}

	@Test
	void aBrowserCanUnlinkItselfAndTheLastOneTakesTheProgressWithIt() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pairNew(laptop);
		String visitor = visitorOf(laptop);

		DevicePairing.Unlinked itself = this.pairing.unlink(Optional.of(phone), idOf(phone, phone)).orElseThrow();
		assertThat(itself.itself()).isTrue();
		assertThat(progressOf(laptop).status(1)).isEqualTo(StepStatus.DONE);

		assertThat(this.pairing.unlink(Optional.of(laptop), idOf(laptop, laptop)).orElseThrow().itself()).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM visitor WHERE id = ?").param(visitor).query(Long.class).single())
			.as("nobody could reach it any more")
			.isZero();
	}

	@Test
	void deleteEverythingThroughOneBrowserDeletesEveryBrowserAndCode() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pairNew(laptop);
		String visitor = visitorOf(laptop);
		this.pairing.newCode(Optional.of(phone));

		assertThat(this.progress.erase(Optional.of(phone))).containsExactlyInAnyOrder(laptop.hash(), phone.hash());
		for (String table : List.of("visitor WHERE id", "device WHERE visitor_id", "pairing_code WHERE visitor_id",
				"step_progress WHERE visitor_id")) {
			assertThat(
					this.jdbc.sql("SELECT COUNT(*) FROM " + table + " = ?").param(visitor).query(Long.class).single())
				.as(table)
				.isZero();
		}
		assertThat(progressOf(laptop).status(1)).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void aCodeMadeByABrowserWithNothingSavedStartsAnEmptyProgressToShare() {
		DevicePairing.NewCode code = this.pairing.newCode(Optional.empty());
		VisitorToken laptop = code.saved().token();
		VisitorToken phone = ((DevicePairing.Redemption.Paired) this.pairing.redeem(Optional.empty(), code.code(),
				false, this.address))
			.saved()
			.token();
		this.progress.saveStatus(Optional.of(phone), SLUG, 4, StepStatus.IN_PROGRESS);
		assertThat(progressOf(laptop).status(4)).isEqualTo(StepStatus.IN_PROGRESS);
		erase(laptop);
	}

	@Test
	void twoBrowsersRedeemingOneCodeAtOnceLinkOneOfThem() throws Exception {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		for (int round = 0; round < 5; round++) {
			DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				Callable<DevicePairing.Redemption> redeem = () -> {
					start.await();
					return this.pairing.redeem(Optional.empty(), code.code(), false,
							this.address + Thread.currentThread().getId());
				};
				Future<DevicePairing.Redemption> first = threads.submit(redeem);
				Future<DevicePairing.Redemption> second = threads.submit(redeem);
				start.countDown();
				List<DevicePairing.Redemption> outcomes = List.of(first.get(), second.get());
				assertThat(outcomes).filteredOn(DevicePairing.Redemption.Paired.class::isInstance).hasSize(1);
				assertThat(outcomes).filteredOn(DevicePairing.Redemption.Refused.class::isInstance).hasSize(1);
			}
			finally {
				threads.shutdownNow();
			}
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM device WHERE visitor_id = ?")
			.param(visitorOf(laptop))
			.query(Long.class)
			.single()).isEqualTo(6);
		erase(laptop);
	}

	@Test
	void theNightlyJobDeletesCodesExpiredADayAgoAndPastCountsOfTries() {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		this.pairing.newCode(Optional.of(laptop));
		this.pairing.redeem(Optional.empty(), wrongCode(3), false, this.address);
		String visitor = visitorOf(laptop);
		ProgressRetention retention = new ProgressRetention(this.visitors, this.pairingCodes, this.transactions, Clock
			.fixed(this.clock.instant().plus(Duration.ofDays(1)).plus(Duration.ofMinutes(11)), ZoneOffset.UTC));
		assertThat(retention.deletePairingLeftovers()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM pairing_code WHERE visitor_id = ?")
			.param(visitor)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM pairing_attempt WHERE subject = ?")
			.param(AttemptLimit.addressSubject(this.address))
			.query(Long.class)
			.single()).isZero();
		erase(laptop);
	}

	private VisitorToken pairNew(VisitorToken from) {
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(from));
		return ((DevicePairing.Redemption.Paired) this.pairing.redeem(Optional.empty(), code.code(), false,
				this.address))
			.saved()
			.token();
	}

	private VisitorToken saveDone(Optional<VisitorToken> token, int step) {
		return this.progress.saveStatus(token, SLUG, step, StepStatus.DONE).orElseThrow().token();
	}

	private RoadmapProgress progressOf(VisitorToken token) {
		return this.progress.progress(Optional.of(token), this.catalog.roadmap(SLUG).orElseThrow());
	}

	private String visitorOf(VisitorToken token) {
		return this.devices.visitorOf(token.hash()).orElseThrow();
	}

	/** The number the browser {@code seen} has in the list {@code asking} sees. */
	private long idOf(VisitorToken asking, VisitorToken seen) {
		return this.devices.findAllSeenBy(asking.hash())
			.stream()
			.filter((device) -> device.getTokenHash().equals(seen.hash()))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private void erase(VisitorToken token) {
		this.progress.erase(Optional.of(token));
	}

	private static String wrongCode(int i) {
		// Codes of a form PairingCodes.random() gives, but 'U'-free and fixed: a clash
		// with a real open code is one chance in a million million.
		return "ZZZZZZZ" + "0123456789ABCDEFGH".charAt(i);
	}

	/** A clock the test moves. */
	static final class TestClock extends Clock {

		private volatile Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
