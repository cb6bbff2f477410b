package dev.mlcareers.portal.roadmap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.system.DatabaseBulkhead;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor given a new id (their first browser unlinked, {@link DevicePairing}) while a
 * save, an erasure or a pairing waits for their row: each finds them again under the new
 * id, on the embedded database and (in the PostgreSQL run) on PostgreSQL. Another
 * connection holds the visitor's row, the work starts and waits for it, and the
 * connection moves the visitor as {@code leave} does and commits.
 */
@ApplicationTest
class ProgressMoveRaceTests {

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
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	DevicePairing pairing;

	@BeforeEach
	void pairing() {
		java.time.Clock clock = new java.time.Clock() {

			@Override
			public Instant instant() {
				return Instant.now().plus(Duration.ofDays(2000));
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public java.time.Clock withZone(ZoneId zone) {
				return this;
			}

		};
		this.pairing = new DevicePairing(this.progress, this.devices, this.pairingCodes, this.visitors,
				this.transactions, this.database, clock);
	}

	@Test
	void aSaveWaitingForTheVisitorLandsUnderTheirNewId() throws Exception {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pair(laptop);
		SaveReceipt saved = whileMoved(laptop.hash(),
				() -> this.progress.saveStatus(Optional.of(phone), SLUG, 2, StepStatus.DONE).orElseThrow());
		assertThat(saved.token()).as("the same browser, still linked").isEqualTo(phone);
		String moved = this.devices.visitorOf(phone.hash()).orElseThrow();
		assertThat(moved).isNotEqualTo(laptop.hash());
		RoadmapProgress seen = progressOf(phone);
		assertThat(seen.status(1)).isEqualTo(StepStatus.DONE);
		assertThat(seen.status(2)).isEqualTo(StepStatus.DONE);
		assertThat(progressOf(laptop).status(2)).as("the laptop, under the moved id too").isEqualTo(StepStatus.DONE);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM step_progress WHERE visitor_id = ?")
			.param(moved)
			.query(Long.class)
			.single()).isEqualTo(2);
		this.progress.erase(Optional.of(phone));
	}

	@Test
	void deleteEverythingWaitingForTheVisitorDeletesThemUnderTheirNewId() throws Exception {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		VisitorToken phone = pair(laptop);
		this.progress.saveNote(Optional.of(phone), SLUG, 3, "private note");
		assertThat(whileMoved(laptop.hash(), () -> this.progress.erase(Optional.of(phone)))).contains(phone.hash(),
				laptop.hash());
		assertThat(this.devices.visitorOf(phone.hash())).isEmpty();
		assertThat(this.devices.visitorOf(laptop.hash())).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM step_progress WHERE note = 'private note'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPairingWaitingForTheCodesVisitorLinksUnderTheirNewId() throws Exception {
		VisitorToken laptop = saveDone(Optional.empty(), 1);
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(laptop));
		String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
		DevicePairing.Redemption redemption = whileMoved(laptop.hash(),
				() -> this.pairing.redeem(Optional.empty(), code.code(), false, address));
		assertThat(redemption).isInstanceOf(DevicePairing.Redemption.Paired.class);
		VisitorToken phone = ((DevicePairing.Redemption.Paired) redemption).saved().token();
		assertThat(this.devices.visitorOf(phone.hash())).isEqualTo(this.devices.visitorOf(laptop.hash()))
			.isNotEqualTo(Optional.of(laptop.hash()));
		assertThat(progressOf(phone).status(1)).isEqualTo(StepStatus.DONE);
		this.progress.erase(Optional.of(phone));
	}

	/**
	 * Runs the work while another connection holds the visitor's row, and once the work
	 * waits for it, moves the visitor to a new id there and commits; what the work gave.
	 */
	private <T> T whileMoved(String visitorId, Supplier<T> work) throws Exception {
		String newId = Visitor.newId();
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			run(holder, "SELECT id FROM visitor WHERE id = ? FOR UPDATE", visitorId);
			CompletableFuture<T> waiting = CompletableFuture.supplyAsync(work);
			// Long enough for the work to reach the visitor's row and wait for it.
			Thread.sleep(700);
			assertThat(waiting).as("waiting for the visitor's row").isNotDone();
			run(holder,
					"INSERT INTO visitor (id, created_at, saved_at, revision) "
							+ "SELECT ?, created_at, saved_at, revision + 1 FROM visitor WHERE id = ?",
					newId, visitorId);
			for (String table : new String[] { "step_progress", "visitor_skill", "device", "pairing_code" }) {
				run(holder, "UPDATE " + table + " SET visitor_id = ? WHERE visitor_id = ?", newId, visitorId);
			}
			run(holder, "DELETE FROM visitor WHERE id = ?", visitorId);
			holder.commit();
			return waiting.get(20, TimeUnit.SECONDS);
		}
	}

	private static void run(Connection connection, String sql, String... parameters) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			statement.execute();
		}
	}

	private VisitorToken pair(VisitorToken from) {
		DevicePairing.NewCode code = this.pairing.newCode(Optional.of(from));
		return ((DevicePairing.Redemption.Paired) this.pairing.redeem(Optional.empty(), code.code(), false,
				"198.51.100." + ThreadLocalRandom.current().nextInt(1, 250)))
			.saved()
			.token();
	}

	private VisitorToken saveDone(Optional<VisitorToken> token, int step) {
		return this.progress.saveStatus(token, SLUG, step, StepStatus.DONE).orElseThrow().token();
	}

	private RoadmapProgress progressOf(VisitorToken token) {
		return this.progress.progress(Optional.of(token), this.catalog.roadmap(SLUG).orElseThrow());
	}

}
