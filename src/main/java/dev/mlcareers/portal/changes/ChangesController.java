package dev.mlcareers.portal.changes;

import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public record of content versions, {@code /changes}, and its Atom feed. */
@Controller
@SharedPage
class ChangesController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ContentHistory history;

	private final ChangesFeed feed;

	private final Breadcrumbs breadcrumbs;

	ChangesController(ContentHistory history, ChangesFeed feed, Breadcrumbs breadcrumbs) {
		this.history = history;
		this.feed = feed;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping(ContentHistory.PATH)
	String changes(Model model) {
		model.addAttribute("versions", this.history.versions());
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE, this.breadcrumbs.structuredData(Breadcrumbs.home(),
				Breadcrumbs.message("changes.heading", ContentHistory.PATH)));
		return "changes/changes";
	}

	@GetMapping(ContentHistory.FEED_PATH)
	ResponseEntity<String> feed() {
		return ResponseEntity.ok().contentType(ATOM).body(this.feed.write(this.history.versions()));
	}

}
