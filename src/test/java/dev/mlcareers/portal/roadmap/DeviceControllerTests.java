package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.Optional;

import dev.mlcareers.portal.system.SecurityConfig;
import dev.mlcareers.portal.system.VisitorDataErased;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The pairing forms and their refusals, with the service stubbed. */
@WebMvcTest(controllers = DeviceController.class, properties = "portal.public-url=https://careers.example.org")
@Import({ SecurityConfig.class, FlagshipLayout.class })
@RecordApplicationEvents
class DeviceControllerTests {

	static final VisitorToken LAPTOP = VisitorToken.random();

	static final VisitorToken PHONE = VisitorToken.random();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@MockitoBean
	DevicePairing pairing;

	@MockitoBean
	FlagshipJourney journey;

	@BeforeEach
	void flagship() {
		given(this.journey.flagship()).willReturn(FlagshipLayout.FLAGSHIP);
	}

	@Test
	void showsANewCodeOnceWithItsQrCodeAndMarksTheBrowserAsLinked() {
		given(this.pairing.newCode(Optional.of(LAPTOP))).willReturn(new DevicePairing.NewCode("7KQ2M9XD",
				Instant.parse("2026-12-05T10:10:00Z"), new SaveReceipt(LAPTOP, true)));
		MvcTestResult result = form("/devices/code").cookie(visitor(LAPTOP)).exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"pairing-code\">7KQ2-M9XD<", "<svg class=\"qr\"", "viewBox=\"0 0 ",
					"QR code holding the pairing address https://careers.example.org/pair?code=7KQ2-M9XD",
					">https://careers.example.org/pair<", "It works for 10 minutes");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.anyMatch((cookie) -> cookie.startsWith(VisitorCookie.NAME + "=" + LAPTOP.value() + ";"))
			.anyMatch((cookie) -> cookie.matches(VisitorCookie.SAVED_NAME + "=[A-Za-z0-9_-]{16}\\.linked;.*"));
	}

	@Test
	void makesNoCodeWithoutTheFormsToken() {
		assertThat(this.mvc.post()
			.uri("/devices/code")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.cookie(visitor(LAPTOP))).hasStatus(403);
		then(this.pairing).should(never()).newCode(any());
	}

	@Test
	void asksToConfirmWithTheCodeFromTheLinkFilledIn() {
		MvcTestResult result = this.mvc.get().uri("/pair?code=7kq2m9xd").exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("value=\"7KQ2-M9XD\"",
					"Once paired, this browser shows and changes the same progress as the browser that made the code.")
			.doesNotContain("Export this browser");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		then(this.pairing).should(never()).redeem(any(), anyString(), anyBoolean(), anyString());
	}

	@Test
	void warnsABrowserWithProgressOfItsOwnAndOffersItsExport() {
		given(this.pairing.showsProgress(Optional.of(PHONE))).willReturn(true);
		assertThat(this.mvc.get().uri("/pair").cookie(visitor(PHONE))).hasStatusOk()
			.bodyText()
			.contains("that progress is replaced by the other browser",
					"/roadmaps/machine-learning-engineer/progress.json");
	}

	@Test
	void echoesWhateverTheLinkCarriedOnlyEscaped() {
		assertThat(this.mvc.get().uri("/pair?code={code}", "\"><script>alert(1)</script>")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert(1)")
			.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
	}

	@Test
	void refusesWhatCannotBeACodeWithoutCountingATry() {
		MvcTestResult result = form("/pair").param("code", "7KQ2-M9X").exchange();
		assertThat(result).hasStatus(400)
			.bodyText()
			.contains("A pairing code has 8 letters and digits", "aria-invalid=\"true\"", "value=\"7KQ2-M9X\"");
		then(this.pairing).should(never()).redeem(any(), anyString(), anyBoolean(), anyString());
		assertThat(form("/pair")).hasStatus(400);
	}

	@Test
	void pairsAndRedirectsToTheOverviewWithTheNewCookies() {
		VisitorToken fresh = VisitorToken.random();
		given(this.pairing.redeem(Optional.of(PHONE), "7KQ2M9XD", true, "127.0.0.1"))
			.willReturn(new DevicePairing.Redemption.Paired(new SaveReceipt(fresh, true), Optional.of(PHONE.hash())));
		MvcTestResult result = form("/pair").param("code", "7kq2 m9xd")
			.param("replace", "yes")
			.cookie(visitor(PHONE))
			.exchange();
		assertThat(result).hasStatus(302).hasRedirectedUrl("/roadmaps/machine-learning-engineer?saved=paired");
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.anyMatch((cookie) -> cookie.startsWith(VisitorCookie.NAME + "=" + fresh.value() + ";"))
			.anyMatch((cookie) -> cookie.startsWith(VisitorCookie.SAVED_NAME + "=") && cookie.contains(".linked;"));
		assertThat(this.events.stream(VisitorDataErased.class)).as("the pages kept for the browser's old progress go")
			.containsExactly(new VisitorDataErased(ProgressVisitorKeys.prefix(PHONE)));
	}

	@Test
	void saysWhenTheBrowserIsAlreadyLinked() {
		given(this.pairing.redeem(any(), anyString(), anyBoolean(), anyString()))
			.willReturn(new DevicePairing.Redemption.AlreadyLinked());
		assertThat(form("/pair").param("code", "7KQ2M9XD").cookie(visitor(LAPTOP)))
			.hasRedirectedUrl("/roadmaps/machine-learning-engineer?saved=already-linked");
	}

	@Test
	void refusesAnUnknownOrUsedCode() {
		given(this.pairing.redeem(any(), anyString(), anyBoolean(), anyString()))
			.willReturn(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.UNKNOWN));
		MvcTestResult result = form("/pair").param("code", "7KQ2M9XD").exchange();
		assertThat(result).hasStatus(400).bodyText().contains("That code does not match any open code");
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.noneMatch((cookie) -> cookie.startsWith(VisitorCookie.NAME));
	}

	@Test
	void refusesAnExpiredCode() {
		given(this.pairing.redeem(any(), anyString(), anyBoolean(), anyString()))
			.willReturn(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.EXPIRED));
		assertThat(form("/pair").param("code", "7KQ2M9XD")).hasStatus(400).bodyText().contains("That code has expired");
	}

	@Test
	void answersTooManyTriesWith429AndWhenToTryAgain() {
		given(this.pairing.redeem(any(), anyString(), anyBoolean(), anyString()))
			.willReturn(new DevicePairing.Redemption.TooMany(37));
		MvcTestResult result = form("/pair").param("code", "7KQ2M9XD").exchange();
		assertThat(result).hasStatus(429)
			.bodyText()
			.contains("Too many codes were tried from here in the last minute. Wait 37 seconds", "class=\"site-footer");
		assertThat(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("37");
	}

	@Test
	void answers503WithTheCodeKeptWhenTheDatabaseIsDown() {
		given(this.pairing.redeem(any(), anyString(), anyBoolean(), anyString()))
			.willThrow(new org.springframework.dao.DataAccessResourceFailureException("down",
					new java.net.ConnectException()));
		MvcTestResult result = form("/pair").param("code", "7KQ2M9XD").exchange();
		assertThat(result).hasStatus(503)
			.bodyText()
			.contains("Pairing is unavailable for a moment", "value=\"7KQ2M9XD\"");
		assertThat(result.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
	}

	@Test
	void unlinkingAnotherBrowserKeepsThisOnesCookiesAndDropsTheOthersPages() {
		given(this.pairing.unlink(Optional.of(LAPTOP), 42L))
			.willReturn(Optional.of(new DevicePairing.Unlinked(PHONE.hash(), false, new SaveReceipt(LAPTOP, true))));
		MvcTestResult result = form("/devices/42/unlink").cookie(visitor(LAPTOP)).exchange();
		assertThat(result).hasRedirectedUrl("/roadmaps/machine-learning-engineer?saved=unlinked");
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.anyMatch((cookie) -> cookie.startsWith(VisitorCookie.NAME + "=" + LAPTOP.value() + ";"));
		assertThat(this.events.stream(VisitorDataErased.class))
			.containsExactly(new VisitorDataErased(ProgressVisitorKeys.prefix(PHONE)));
	}

	@Test
	void unlinkingItselfClearsTheCookies() {
		given(this.pairing.unlink(Optional.of(PHONE), 7L))
			.willReturn(Optional.of(new DevicePairing.Unlinked(PHONE.hash(), true, new SaveReceipt(PHONE, true))));
		MvcTestResult result = form("/devices/7/unlink").cookie(visitor(PHONE)).exchange();
		assertThat(result).hasRedirectedUrl("/roadmaps/machine-learning-engineer?saved=unlinked-itself");
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.anyMatch((cookie) -> cookie.startsWith(VisitorCookie.NAME + "=;") && cookie.contains("Max-Age=0"));
	}

	@Test
	void anUnlinkOfWhatCannotBeABrowserIsNotFound() {
		for (String id : new String[] { "abc", "0", "-1", "01", "1.0", "99999999999999999999", "1e3" }) {
			assertThat(form("/devices/" + id + "/unlink").cookie(visitor(LAPTOP))).as(id).hasStatus(404);
		}
		then(this.pairing).should(never()).unlink(any(), anyLong());
	}

	@Test
	void anUnlinkOfABrowserNotLinkedToThisProgressSaysNothingChanged() {
		given(this.pairing.unlink(any(), anyLong())).willReturn(Optional.empty());
		MvcTestResult result = form("/devices/3/unlink").exchange();
		assertThat(result).hasRedirectedUrl("/roadmaps/machine-learning-engineer?saved=not-linked");
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
	}

	@Test
	void asksABrowserWithProgressOfItsOwnToSayItMayBeReplaced() {
		given(this.pairing.showsProgress(Optional.of(PHONE))).willReturn(true);
		assertThat(this.mvc.get().uri("/pair?code=7KQ2M9XD").cookie(visitor(PHONE))).hasStatusOk()
			.bodyText()
			.contains("name=\"replace\" value=\"yes\"", "Replace this browser");
		given(this.pairing.redeem(Optional.of(PHONE), "7KQ2M9XD", false, "127.0.0.1"))
			.willReturn(new DevicePairing.Redemption.Refused(DevicePairing.Redemption.Reason.OWN_PROGRESS));
		MvcTestResult refused = form("/pair").param("code", "7KQ2M9XD").cookie(visitor(PHONE)).exchange();
		assertThat(refused).hasStatus(400)
			.bodyText()
			.contains("This browser keeps progress of its own", "href=\"#replace\"",
					"aria-describedby=\"replace-error\" aria-invalid=\"true\"");
		assertThat(refused.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.noneMatch((cookie) -> cookie.startsWith(VisitorCookie.NAME));
	}

	@Test
	void showsAgainOnlyThePrintableStartOfWhatWasTyped() throws Exception {
		assertThat(DeviceController.echo("7KQ2\u0000\u001b-M9XD\u200b")).isEqualTo("7KQ2-M9XD");
		assertThat(DeviceController.echo("x".repeat(900_000))).hasSize(40);
		assertThat(DeviceController.echo("\uD83D\uDE00".repeat(50))).as("never half a character").hasSize(80);
		MvcTestResult result = form("/pair").param("code", "A\u0000B" + "C".repeat(5000)).exchange();
		assertThat(result).hasStatus(400);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("\u0000").doesNotContain("C".repeat(41));
		assertThat(this.mvc.get().uri("/pair?code={code}", "%00%1b7KQ2")).hasStatusOk()
			.bodyText()
			.doesNotContain("\u0000", "\u001b");
	}

	private MockMvcTester.MockMvcRequestBuilder form(String path) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf());
	}

	private static Cookie visitor(VisitorToken token) {
		return new Cookie(VisitorCookie.NAME, token.value());
	}

}
