package dev.mlcareers.portal.roadmap;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.system.SecurityConfig;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(RoadmapController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class, Breadcrumbs.class, RoadmapControllerTests.FixedClock.class })
class RoadmapControllerTests {

	static final String BASE = "/roadmaps/machine-learning-engineer";

	static final RoadmapView ROADMAP = RoadmapFixtures.roadmap(12);

	static final VisitorToken KNOWN = VisitorToken.random();

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RoadmapService catalog;

	@MockitoBean
	ProgressService progress;

	@MockitoBean
	DevicePairing pairing;

	/** Left out of the slice: "Cite this page" is checked in CitationApplicationTests. */
	@MockitoBean
	StepCitation citation;

	@BeforeEach
	void roadmap() {
		given(this.catalog.roadmap(RoadmapFixtures.SLUG)).willReturn(Optional.of(ROADMAP));
		given(this.catalog.roadmap("data-scientist")).willReturn(Optional.empty());
		given(this.progress.progress(any(), eq(ROADMAP))).willReturn(RoadmapProgress.none(12));
		given(this.progress.skills(any())).willReturn(SkillHoldings.none());
		// The overview reads progress and skills together; here, from the stubs of each.
		given(this.progress.overview(any(), any())).willAnswer((call) -> new ProgressService.VisitorOverview(
				this.progress.progress(call.getArgument(0), call.getArgument(1)),
				this.progress.skills(call.getArgument(0))));
		given(this.progress.saveStatus(any(), anyString(), anyInt(), any()))
			.willReturn(Optional.of(new SaveReceipt(KNOWN, false)));
		given(this.progress.saveNote(any(), anyString(), anyInt(), anyString()))
			.willReturn(Optional.of(new SaveReceipt(KNOWN, false)));
		given(this.progress.replaceAll(any(), anyString(), anyList(), any())).willReturn(new SaveReceipt(KNOWN, false));
		given(this.catalog.skillNames()).willReturn(Map.of("python", "Python"));
	}

	@Test
	void showsEveryStepWithItsStatusAndTheVisitorsProgress() {
		given(this.progress.progress(Optional.of(KNOWN), ROADMAP)).willReturn(new RoadmapProgress(12,
				Map.of(1, new SavedStep(1, StepStatus.DONE, null), 2, new SavedStep(2, StepStatus.SKIPPED, null), 3,
						new SavedStep(3, StepStatus.IN_PROGRESS, "Half way"))));
		assertThat(this.mvc.get().uri(BASE).cookie(visitorCookie(KNOWN))).hasStatusOk()
			.bodyText()
			.contains("1 of 12 steps done", "1 skipped (not counted as done)", "1 in progress")
			.contains("<rect class=\"progress-bar__done\" x=\"0\" width=\"8.3\" height=\"4\"/>")
			.contains("<rect class=\"progress-bar__skipped\" x=\"8.3\" width=\"8.3\" height=\"4\"/>")
			.contains("href=\"/roadmaps/machine-learning-engineer/steps/3\">Continue with step 3: Step title 3</a>")
			.contains("<span class=\"status status--done\">Status: Done</span>")
			.contains("<span class=\"status status--skipped\">Status: Skipped</span>")
			.contains("You have a note on this step.")
			.contains("href=\"/roadmaps/machine-learning-engineer/steps/12\">Step 12: Step title 12</a>")
			.contains("href=\"/roadmaps/machine-learning-engineer/progress.json\"")
			.contains("<div class=\"print-only\">", "Why step 1 matters.", "Half way")
			.contains("enctype=\"multipart/form-data\"");
	}

	@Test
	void suggestsTheNextStepsThatTeachWhatTheVisitorLacks() throws Exception {
		given(this.progress.progress(Optional.of(KNOWN), ROADMAP)).willReturn(new RoadmapProgress(12,
				Map.of(1, new SavedStep(1, StepStatus.DONE, null), 2, new SavedStep(2, StepStatus.IN_PROGRESS, null))));
		given(this.progress.skills(Optional.of(KNOWN)))
			.willReturn(new SkillHoldings(java.util.Set.of("sql"), Map.of()));
		MvcTestResult result = this.mvc.get().uri(BASE).cookie(visitorCookie(KNOWN)).exchange();
		assertThat(result).hasStatusOk();
		org.jsoup.nodes.Element next = org.jsoup.Jsoup
			.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.getElementById("next-steps");
		assertThat(next.selectFirst("h2").text()).isEqualTo("Your next steps");
		assertThat(next.select("li")).extracting(org.jsoup.nodes.Element::text)
			.containsExactly("Step 2: Step title 2 (in progress) teaches a skill you lack: Python",
					"Step 3: Step title 3 teaches a skill you lack: Python",
					"Step 4: Step title 4 teaches a skill you lack: Python");
		assertThat(next.select("a[href=/skills/python]")).hasSize(3);
	}

	@Test
	void pointsAVisitorWithoutSkillsToTheSkillsCheck() {
		assertThat(this.mvc.get().uri(BASE)).hasStatusOk()
			.bodyText()
			.contains("Tick the skills you already have in the skills check")
			.contains("href=\"/skills/check\"");
	}

	@Test
	void startsANewVisitorAtStepOneAndNeverSetsACookieOnAPageView() {
		MvcTestResult result = this.mvc.get().uri(BASE).cookie(new Cookie(VisitorCookie.NAME, "forged!")).exchange();
		assertThat(result).hasStatusOk().bodyText().contains("0 of 12 steps done", "Start with step 1: Step title 1");
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.noneMatch((c) -> c.startsWith(VisitorCookie.NAME));
		then(this.progress).should().progress(Optional.empty(), ROADMAP);
	}

	@Test
	void showsAStepWithItsFormsLinksAndNeighbours() {
		given(this.progress.progress(Optional.of(KNOWN), ROADMAP))
			.willReturn(new RoadmapProgress(12, Map.of(2, new SavedStep(2, StepStatus.IN_PROGRESS, "My <b>note</b>"))));
		assertThat(this.mvc.get().uri(BASE + "/steps/2").cookie(visitorCookie(KNOWN))).hasStatusOk()
			.bodyText()
			.contains("<title>Step 2: Step title 2 · Machine Learning Engineer roadmap · ML Careers Portal</title>")
			.contains("Step 2 of 12", "Status: In progress", "Why step 2 matters.", "Outcome of step 2.")
			.contains("action=\"/roadmaps/machine-learning-engineer/steps/2/progress\"")
			.contains("name=\"_csrf\"")
			.contains("value=\"done\">Mark as done</button>", "value=\"skipped\"", ">Skip this step</button>",
					"value=\"not-started\"", ">Reset to not started</button>")
			.doesNotContain("value=\"in-progress\">")
			.contains("maxlength=\"2000\"", ">My &lt;b&gt;note&lt;/b&gt;</textarea>")
			.contains("rel=\"prev\" href=\"/roadmaps/machine-learning-engineer/steps/1\"")
			.contains("rel=\"next\" href=\"/roadmaps/machine-learning-engineer/steps/3\"")
			.containsPattern("href=\"/skills/python\">Python</a><a [^>]*>\\[1\\]</a>")
			.contains("The documents tie no certification to this step.")
			.containsPattern("The documents tie no particular role to this step.</p>\\s*"
					+ "<p class=\"note\">Our suggestion, not from the documents:</p>\\s*"
					+ "<ul class=\"inline-list editorial\">\\s*<li><a href=\"/roles/machine-learning-engineer\">")
			.contains("Career guide, step 2: Document step 2");
	}

	@Test
	void theFirstAndLastStepsLinkOnlyOneWay() {
		assertThat(this.mvc.get().uri(BASE + "/steps/1")).hasStatusOk().bodyText().doesNotContain("rel=\"prev\"");
		assertThat(this.mvc.get().uri(BASE + "/steps/12")).hasStatusOk().bodyText().doesNotContain("rel=\"next\"");
	}

	@Test
	void answersStepsThatDoNotExistWith404() {
		for (String step : List.of("0", "13", "01", "-1", "x", "1.5", "99999999999", "1e1")) {
			assertThat(this.mvc.get().uri(BASE + "/steps/" + step)).as(step).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/roadmaps/data-scientist")).hasStatus(404);
		assertThat(this.mvc.get().uri("/roadmaps/Not_A_Slug")).hasStatus(404);
		then(this.catalog).should(never()).roadmap("Not_A_Slug");
	}

	@Test
	void savesAStatusSetsTheVisitorCookieAndRedirectsToAConfirmation() {
		MvcTestResult result = form().uri(BASE + "/steps/4/progress").param("status", "done").with(csrf()).exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(BASE + "/steps/4?saved=status");
		then(this.progress).should().saveStatus(Optional.empty(), RoadmapFixtures.SLUG, 4, StepStatus.DONE);
		String cookie = result.getResponse().getHeader(HttpHeaders.SET_COOKIE);
		assertThat(cookie).startsWith(VisitorCookie.NAME + "=" + KNOWN.value() + ";")
			.contains("Path=/", "Max-Age=34560000", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
	}

	@Test
	void marksTheCookieSecureOverHttps() {
		MvcTestResult result = form().uri(BASE + "/steps/4/progress")
			.secure(true)
			.param("status", "skipped")
			.with(csrf())
			.exchange();
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).contains("; Secure");
	}

	@Test
	void passesOnTheTokenFromTheCookie() {
		form().uri(BASE + "/steps/4/progress")
			.cookie(visitorCookie(KNOWN))
			.param("status", "in-progress")
			.with(csrf())
			.exchange();
		then(this.progress).should().saveStatus(Optional.of(KNOWN), RoadmapFixtures.SLUG, 4, StepStatus.IN_PROGRESS);
	}

	@Test
	void confirmsWhatWasSavedAndIgnoresUnknownConfirmations() {
		given(this.progress.progress(Optional.empty(), ROADMAP))
			.willReturn(new RoadmapProgress(12, Map.of(4, new SavedStep(4, StepStatus.DONE, null))));
		assertThat(this.mvc.get().uri(BASE + "/steps/4?saved=status")).bodyText()
			.contains("<p class=\"confirmation\" role=\"status\">Saved: step 4 is now marked “Done”.</p>");
		assertThat(this.mvc.get().uri(BASE + "?saved=reset")).bodyText()
			.contains("All your progress and notes on this roadmap are cleared.");
		assertThat(this.mvc.get().uri(BASE + "/steps/4?saved=<script>")).hasStatus(301)
			.hasHeader("Location", BASE + "/steps/4");
		assertThat(this.mvc.get().uri(BASE + "/steps/4")).hasStatusOk()
			.bodyText()
			.doesNotContain("class=\"confirmation\"", "<script>");
	}

	@Test
	void refusesAnUnknownOrMissingStatusWith400AndSavesNothing() {
		assertThat(form().uri(BASE + "/steps/4/progress").param("status", "finished").with(csrf())).hasStatus(400);
		assertThat(form().uri(BASE + "/steps/4/progress").with(csrf())).hasStatus(400);
		assertThat(form().uri(BASE + "/steps/13/progress").param("status", "done").with(csrf())).hasStatus(404);
		then(this.progress).should(never()).saveStatus(any(), anyString(), anyInt(), any());
	}

	@Test
	void refusesFormsWithoutACsrfTokenWith403() {
		assertThat(form().uri(BASE + "/steps/4/progress").param("status", "done")).hasStatus(403);
		assertThat(form().uri(BASE + "/steps/4/note").param("note", "hi")).hasStatus(403);
		assertThat(form().uri(BASE + "/reset")).hasStatus(403);
		assertThat(form().uri(BASE + "/steps/4/progress").param("status", "done").with(csrf().useInvalidToken()))
			.hasStatus(403);
		then(this.progress).should(never()).saveStatus(any(), anyString(), anyInt(), any());
		then(this.progress).should(never()).saveNote(any(), anyString(), anyInt(), anyString());
		then(this.progress).should(never()).reset(any(), anyString());
	}

	@Test
	void savesANoteWithBrowserLineBreaksNormalized() {
		assertThat(form().uri(BASE + "/steps/4/note").param("note", "  line one\r\nline two  ").with(csrf()))
			.hasRedirectedUrl(BASE + "/steps/4?saved=note");
		then(this.progress).should().saveNote(Optional.empty(), RoadmapFixtures.SLUG, 4, "line one\nline two");
	}

	@Test
	void anEmptyNoteRemovesTheNote() {
		assertThat(form().uri(BASE + "/steps/4/note").param("note", " \r\n ").with(csrf()))
			.hasRedirectedUrl(BASE + "/steps/4?saved=note-removed");
		then(this.progress).should().saveNote(Optional.empty(), RoadmapFixtures.SLUG, 4, "");
	}

	@Test
	void refusesATooLongNoteWith400KeepingTheTextAndSavingNothing() {
		String note = "<i>x</i>" + "y".repeat(2000);
		assertThat(form().uri(BASE + "/steps/4/note").param("note", note).with(csrf())).hasStatus(400)
			.bodyText()
			.contains("The note was not saved")
			.contains("The note is longer than 2,000 characters.")
			.contains("aria-invalid=\"true\"", "aria-describedby=\"note-hint note-error\"")
			.contains("&lt;i&gt;x&lt;/i&gt;yyy")
			.doesNotContain("<i>x</i>");
		then(this.progress).should(never()).saveNote(any(), anyString(), anyInt(), anyString());
	}

	@Test
	void refusesANoteWithControlCharactersWith400() {
		assertThat(form().uri(BASE + "/steps/4/note").param("note", "a\u0000b").with(csrf())).hasStatus(400)
			.bodyText()
			.contains("control characters");
		then(this.progress).should(never()).saveNote(any(), anyString(), anyInt(), anyString());
	}

	@Test
	void exportsTheVisitorsProgressAsAJsonDownload() {
		given(this.progress.skills(Optional.of(KNOWN)))
			.willReturn(new SkillHoldings(java.util.Set.of("python"), Map.of()));
		given(this.progress.progress(Optional.of(KNOWN), ROADMAP))
			.willReturn(new RoadmapProgress(12, Map.of(1, new SavedStep(1, StepStatus.DONE, "Done & dusted"))));
		MvcTestResult result = this.mvc.get().uri(BASE + "/progress.json").cookie(visitorCookie(KNOWN)).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"machine-learning-engineer-roadmap-progress.json\"");
		assertThat(result).bodyText()
			.contains("\"status\" : \"done\"", "\"note\" : \"Done & dusted\"")
			.contains("\"exportedAt\" : \"" + FixedClock.NOW + "\"")
			.contains("\"format\" : 2", "\"skill\" : \"python\"");
	}

	@Test
	void importsAnExportedFileAndRedirects() {
		byte[] file = ProgressFile.write(ROADMAP,
				new RoadmapProgress(12, Map.of(2, new SavedStep(2, StepStatus.DONE, "ok"))), java.util.Set.of("python"),
				Map.of("python", "Python"), Instant.EPOCH);
		assertThat(importFile(file)).hasRedirectedUrl(BASE + "?saved=import");
		then(this.progress).should()
			.replaceAll(Optional.empty(), RoadmapFixtures.SLUG, List.of(new SavedStep(2, StepStatus.DONE, "ok")),
					Optional.of(java.util.Set.of("python")));
	}

	@Test
	void refusesAMalformedImportWith400AndTheReasonAndChangesNothing() {
		byte[] file = "{\"format\": 1, \"roadmap\": \"machine-learning-engineer\", \"steps\": [{\"step\": 40, \"status\": \"done\"}]}"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(importFile(file)).hasStatus(400)
			.bodyText()
			.contains("The file was not imported; nothing changed")
			.contains("The file names step 40, which this roadmap does not have.")
			.contains("aria-invalid=\"true\"");
		assertThat(importFile("<html>".getBytes(StandardCharsets.UTF_8))).hasStatus(400)
			.bodyText()
			.contains("The file is not a JSON file.");
		assertThat(this.mvc.post().uri(BASE + "/import").multipart().with(csrf())).hasStatus(400)
			.bodyText()
			.contains("Choose a file to import");
		then(this.progress).should(never()).replaceAll(any(), anyString(), anyList(), any());
	}

	@Test
	void refusesAnOversizedImportWith400() {
		byte[] file = new byte[(int) ProgressFile.MAX_BYTES + 1];
		assertThat(importFile(file)).hasStatus(400)
			.bodyText()
			.contains("The file is larger than an export of this roadmap can be.");
		then(this.progress).should(never()).replaceAll(any(), anyString(), anyList(), any());
	}

	@Test
	void asksBeforeClearingEverything() {
		given(this.progress.progress(Optional.of(KNOWN), ROADMAP))
			.willReturn(new RoadmapProgress(12, Map.of(1, new SavedStep(1, StepStatus.DONE, "n"))));
		assertThat(this.mvc.get().uri(BASE + "/reset").cookie(visitorCookie(KNOWN))).hasStatusOk()
			.bodyText()
			.contains("Clear all your progress on this roadmap?")
			.contains("This clears 1 done, 0 skipped and 0 in-progress steps, and 1 notes.")
			.contains("action=\"/roadmaps/machine-learning-engineer/reset\"");
		assertThat(this.mvc.get().uri(BASE + "/reset")).bodyText().contains("there is nothing to clear");
		then(this.progress).should(never()).reset(any(), anyString());
	}

	@Test
	void clearsEverythingOnceConfirmed() {
		assertThat(form().uri(BASE + "/reset").cookie(visitorCookie(KNOWN)).with(csrf()))
			.hasRedirectedUrl(BASE + "?saved=reset");
		then(this.progress).should().reset(Optional.of(KNOWN), RoadmapFixtures.SLUG);
	}

	private MvcTestResult importFile(byte[] content) {
		return this.mvc.post()
			.uri(BASE + "/import")
			.multipart()
			.file(new MockMultipartFile("file", "progress.json", "application/json", content))
			.with(csrf())
			.exchange();
	}

	static Cookie visitorCookie(VisitorToken token) {
		return new Cookie(VisitorCookie.NAME, token.value());
	}

	/** A POST as a browser sends a form. */
	private MockMvcTester.MockMvcRequestBuilder form() {
		return this.mvc.post().contentType(MediaType.APPLICATION_FORM_URLENCODED);
	}

	/** The time of an export, as the portal's clock tells it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
