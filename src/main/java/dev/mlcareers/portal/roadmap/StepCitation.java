package dev.mlcareers.portal.roadmap;

import java.util.Locale;

import dev.mlcareers.portal.shared.Citation;
import dev.mlcareers.portal.shared.CitationFormat;
import dev.mlcareers.portal.shared.Citations;
import dev.mlcareers.portal.source.SourceWorks;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A roadmap step's citation: its title and address, and the documents whose steps it
 * merges, for "Cite this page" and its downloads at
 * {@code /roadmaps/{slug}/steps/{n}/cite.txt}, {@code .bib} and {@code .ris}. Never the
 * visitor's progress or note: the citation is of the step as everyone sees it.
 */
@Component
class StepCitation {

	private final Citations citations;

	private final SourceWorks works;

	private final MessageSource messages;

	StepCitation(Citations citations, SourceWorks works, MessageSource messages) {
		this.citations = citations;
		this.works = works;
		this.messages = messages;
	}

	/** What the page shows. */
	Citations.CitationView view(RoadmapView roadmap, StepView step) {
		return this.citations.view(of(roadmap, step));
	}

	/** The citation as a download in this format. */
	ResponseEntity<String> download(RoadmapView roadmap, StepView step, CitationFormat format) {
		return this.citations.download(of(roadmap, step), format, "step-" + step.number() + "-" + roadmap.slug());
	}

	private Citation of(RoadmapView roadmap, StepView step) {
		String title = this.messages.getMessage("roadmap.step.title",
				new Object[] { step.number(), step.title(), roadmap.title() }, Locale.ENGLISH);
		return this.citations.of(title, path(roadmap, step), this.works.cited(step.sources()));
	}

	private static String path(RoadmapView roadmap, StepView step) {
		return "/roadmaps/" + roadmap.slug() + "/steps/" + step.number();
	}

}
