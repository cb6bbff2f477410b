package dev.mlcareers.portal.roadmap;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.CitationFormat;
import dev.mlcareers.portal.shared.ContentNotFoundException;
import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.DatabaseFaults;
import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.system.PersonalPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The roadmap pages and the forms that save a visitor's progress. Each form takes only
 * the content type a browser sends it (another gets 415). Every form redirects after
 * saving, with {@code ?saved=} naming what to confirm; a refused form is shown again with
 * status 400, the reason, and what the visitor typed.
 */
@Controller
class RoadmapController {

	private static final Log logger = LogFactory.getLog(RoadmapController.class);

	private static final Pattern STEP_NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

	private final RoadmapService catalog;

	private final ProgressService progress;

	private final DevicePairing pairing;

	private final Clock clock;

	private final StepCitation citation;

	private final Breadcrumbs breadcrumbs;

	RoadmapController(RoadmapService catalog, ProgressService progress, DevicePairing pairing, StepCitation citation,
			Breadcrumbs breadcrumbs, Clock clock) {
		this.breadcrumbs = breadcrumbs;
		this.citation = citation;
		this.clock = clock;
		this.pairing = pairing;
		this.catalog = catalog;
		this.progress = progress;
	}

	@GetMapping("/roadmaps/{slug}")
	@PersonalPage
	String overview(@PathVariable String slug, @RequestParam(required = false) String saved,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			Model model) {
		RoadmapView roadmap = roadmap(slug);
		Confirmation confirmation = Confirmation.fromParameter(saved);
		if (declareQuery(request, confirmation)) {
			addOverview(model, roadmap, VisitorToken.parse(cookie), confirmation);
		}
		return "roadmap/roadmap";
	}

	@GetMapping("/roadmaps/{slug}/steps/{number}")
	@PersonalPage
	String step(@PathVariable String slug, @PathVariable String number, @RequestParam(required = false) String saved,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			Model model) {
		RoadmapView roadmap = roadmap(slug);
		StepView step = step(roadmap, number);
		Confirmation confirmation = Confirmation.fromParameter(saved);
		if (declareQuery(request, confirmation)) {
			RoadmapProgress visitorProgress = this.progress.progress(VisitorToken.parse(cookie), roadmap);
			addStep(model, roadmap, step, visitorProgress, confirmation, true);
			model.addAttribute("noteText", visitorProgress.note(step.number()));
		}
		return "roadmap/step";
	}

	/**
	 * A step's citation as a download: {@code txt}, {@code bib} or {@code ris}. The same
	 * for every visitor, and never kept anywhere: it carries the day it was asked for.
	 */
	@GetMapping("/roadmaps/{slug}/steps/{number}/cite.{format}")
	ResponseEntity<String> cite(@PathVariable String slug, @PathVariable String number, @PathVariable String format) {
		CitationFormat chosen = CitationFormat.requested(format);
		RoadmapView roadmap = roadmap(slug);
		return this.citation.download(roadmap, step(roadmap, number), chosen);
	}

	@PostMapping(path = "/roadmaps/{slug}/steps/{number}/progress",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String saveStatus(@PathVariable String slug, @PathVariable String number, @RequestParam String status,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		RoadmapView roadmap = roadmap(slug);
		StepView step = step(roadmap, number);
		StepStatus chosen = StepStatus.fromParameter("status", status);
		Optional<SaveReceipt> saved;
		try {
			saved = this.progress.saveStatus(VisitorToken.parse(cookie), roadmap.slug(), step.number(), chosen);
		}
		catch (RuntimeException failure) {
			model.addAttribute("chosenStatus", chosen);
			return notSaved(failure, "status", model, response, roadmap, step);
		}
		saved.ifPresent((receipt) -> VisitorCookie.write(receipt, request, response));
		return redirectToStep(roadmap, step, Confirmation.STATUS);
	}

	@PostMapping(path = "/roadmaps/{slug}/steps/{number}/note", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String saveNote(@PathVariable String slug, @PathVariable String number, @RequestParam String note,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		RoadmapView roadmap = roadmap(slug);
		StepView step = step(roadmap, number);
		Optional<VisitorToken> presented = VisitorToken.parse(cookie);
		String normalized = NoteText.normalize(note);
		Optional<NoteText.Problem> problem = NoteText.problem(normalized);
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			addStep(model, roadmap, step, progressOrUnknown(presented, roadmap), null, false);
			model.addAttribute("noteText", note);
			model.addAttribute("noteProblem", problem.get());
			return "roadmap/step";
		}
		Optional<SaveReceipt> saved;
		try {
			saved = this.progress.saveNote(presented, roadmap.slug(), step.number(), normalized);
		}
		catch (RuntimeException failure) {
			model.addAttribute("noteText", note);
			return notSaved(failure, "note", model, response, roadmap, step);
		}
		saved.ifPresent((receipt) -> VisitorCookie.write(receipt, request, response));
		return redirectToStep(roadmap, step, normalized.isEmpty() ? Confirmation.NOTE_REMOVED : Confirmation.NOTE);
	}

	@GetMapping("/roadmaps/{slug}/progress.json")
	ResponseEntity<byte[]> export(@PathVariable String slug,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie) {
		RoadmapView roadmap = roadmap(slug);
		Optional<VisitorToken> token = VisitorToken.parse(cookie);
		RoadmapProgress visitorProgress = this.progress.progress(token, roadmap);
		Set<String> skills = this.progress.skills(token).said();
		String fileName = roadmap.slug() + "-roadmap-progress.json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(ProgressFile.write(roadmap, visitorProgress, skills, this.catalog.skillNames(),
					this.clock.instant()));
	}

	@PostMapping(path = "/roadmaps/{slug}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String importProgress(@PathVariable String slug, @RequestParam(required = false) MultipartFile file,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		RoadmapView roadmap = roadmap(slug);
		Optional<VisitorToken> presented = VisitorToken.parse(cookie);
		ProgressFile.Contents imported;
		try {
			imported = ProgressFile.read(contents(file), roadmap, this.catalog.skillNames());
		}
		catch (ProgressFile.Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			addOverview(model, roadmap, presented, null);
			model.addAttribute("importRefused", refused);
			return "roadmap/roadmap";
		}
		SaveReceipt saved = this.progress.replaceAll(presented, roadmap.slug(), imported.steps(), imported.skills());
		VisitorCookie.write(saved, request, response);
		return redirectToOverview(roadmap, Confirmation.IMPORT);
	}

	@GetMapping("/roadmaps/{slug}/reset")
	String confirmReset(@PathVariable String slug,
			@CookieValue(name = VisitorCookie.NAME, required = false) String cookie, Model model) {
		RoadmapView roadmap = roadmap(slug);
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("progress", this.progress.progress(VisitorToken.parse(cookie), roadmap));
		return "roadmap/reset";
	}

	@PostMapping(path = "/roadmaps/{slug}/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	String reset(@PathVariable String slug, @CookieValue(name = VisitorCookie.NAME, required = false) String cookie,
			HttpServletRequest request, HttpServletResponse response) {
		RoadmapView roadmap = roadmap(slug);
		Optional<VisitorToken> presented = VisitorToken.parse(cookie);
		this.progress.reset(presented, roadmap.slug())
			.ifPresent((receipt) -> VisitorCookie.write(receipt, request, response));
		return redirectToOverview(roadmap, Confirmation.RESET);
	}

	/**
	 * A save the database could not take ({@link DatabaseFaults}): the step page again,
	 * answered 503 with {@code Retry-After}, saying that nothing was changed, with what
	 * the visitor sent still in the form and their stored progress shown as unknown (it
	 * cannot be read either). Any other failure is thrown on as it came.
	 */
	private String notSaved(RuntimeException failure, String what, Model model, HttpServletResponse response,
			RoadmapView roadmap, StepView step) {
		if (!DatabaseFaults.isUnavailable(failure)) {
			throw failure;
		}
		logger.warn("Database unavailable for a " + what + " save: " + DatabaseFaults.rootCause(failure));
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		DatabaseFaults.askToRetryLater(response);
		addStep(model, roadmap, step, null, null, false);
		model.addAttribute("notSaved", what);
		return "roadmap/step";
	}

	/**
	 * The visitor's progress, or {@code null} (shown as unknown) while the database is
	 * unavailable, for a page that must keep what the visitor typed whatever happens.
	 */
	private RoadmapProgress progressOrUnknown(Optional<VisitorToken> presented, RoadmapView roadmap) {
		try {
			return this.progress.progress(presented, roadmap);
		}
		catch (RuntimeException failure) {
			if (!DatabaseFaults.isUnavailable(failure)) {
				throw failure;
			}
			return null;
		}
	}

	private void addOverview(Model model, RoadmapView roadmap, Optional<VisitorToken> token,
			Confirmation confirmation) {
		ProgressService.VisitorOverview visitor = this.progress.overview(token, roadmap);
		RoadmapProgress visitorProgress = visitor.progress();
		model.addAttribute("roadmap", roadmap);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE, this.breadcrumbs.structuredData(Breadcrumbs.home(),
				Breadcrumbs.message("roadmap.breadcrumb", "/roadmaps/" + roadmap.slug())));
		model.addAttribute("progress", visitorProgress);
		model.addAttribute("continueStep", roadmap.step(visitorProgress.firstUnfinished().orElse(0)).orElse(null));
		model.addAttribute("hasSkills", !visitor.skills().isEmpty());
		model.addAttribute("browsers", this.pairing.browsers(token));
		model.addAttribute("nextSteps", NextSteps.of(roadmap, visitorProgress, visitor.skills()));
		model.addAttribute("confirmation", confirmation);
		model.addAttribute("maxImportKilobytes", ProgressFile.MAX_BYTES / 1024);
	}

	/**
	 * The step page's model. Only the page itself ({@code cited}) needs its citation: the
	 * answer to a refused or failed save, which must show what the visitor typed whatever
	 * happens, leaves out what would read the database again.
	 */
	private void addStep(Model model, RoadmapView roadmap, StepView step, RoadmapProgress progress,
			Confirmation confirmation, boolean cited) {
		model.addAttribute("roadmap", roadmap);
		model.addAttribute("step", step);
		if (cited) {
			model.addAttribute("citation", this.citation.view(roadmap, step));
		}
		String path = "/roadmaps/" + roadmap.slug();
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE, this.breadcrumbs.structuredData(Breadcrumbs.home(),
				Breadcrumbs.message("roadmap.breadcrumb", path),
				Breadcrumbs.message("roadmap.step.breadcrumb", path + "/steps/" + step.number(), step.number())));
		model.addAttribute("progress", progress);
		model.addAttribute("previous", roadmap.step(step.number() - 1).orElse(null));
		model.addAttribute("next", roadmap.step(step.number() + 1).orElse(null));
		model.addAttribute("confirmation", confirmation);
		model.addAttribute("statuses", StepStatus.values());
		model.addAttribute("maxNoteLength", NoteText.MAX_LENGTH);
	}

	/**
	 * Declares the page's canonical query: the confirmation it shows, if any. Whether the
	 * request is at that address; if not, it is redirected there without the visitor's
	 * progress being read.
	 */
	private static boolean declareQuery(HttpServletRequest request, Confirmation confirmation) {
		return PageAddress.declareQuery(request,
				(confirmation != null) ? PageAddress.query().add("saved", confirmation.code()).toString() : null);
	}

	private RoadmapView roadmap(String slug) {
		return Slugs.lookup("roadmap", slug, this.catalog::roadmap);
	}

	private static StepView step(RoadmapView roadmap, String number) {
		Optional<StepView> step = STEP_NUMBER.matcher(number).matches() ? roadmap.step(Integer.parseInt(number))
				: Optional.empty();
		return step.orElseThrow(() -> ContentNotFoundException.forSlug("roadmap step", number));
	}

	private static byte[] contents(MultipartFile file) throws IOException {
		if (file == null) {
			return new byte[0];
		}
		if (file.getSize() > ProgressFile.MAX_BYTES) {
			throw new ProgressFile.Refused(ProgressFile.Problem.TOO_LARGE);
		}
		return file.getBytes();
	}

	private static String redirectToStep(RoadmapView roadmap, StepView step, Confirmation confirmation) {
		return "redirect:/roadmaps/" + roadmap.slug() + "/steps/" + step.number() + "?saved=" + confirmation.code();
	}

	private static String redirectToOverview(RoadmapView roadmap, Confirmation confirmation) {
		return "redirect:/roadmaps/" + roadmap.slug() + "?saved=" + confirmation.code();
	}

}
