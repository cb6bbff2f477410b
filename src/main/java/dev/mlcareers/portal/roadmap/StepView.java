package dev.mlcareers.portal.roadmap;

import java.util.List;

import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/**
 * One roadmap step: what to do and why, what it builds, what to check off, and the
 * document steps it merges.
 */
public record StepView(int number, String title, String summary, String why, List<SourceRef> sources,
		List<StepOrigin> origins, List<SourcedText> outcomes, List<NamedLink> skills, List<NamedLink> certifications,
		List<NamedLink> roles) {

	public StepView {
		sources = List.copyOf(sources);
		origins = List.copyOf(origins);
		outcomes = List.copyOf(outcomes);
		skills = List.copyOf(skills);
		certifications = List.copyOf(certifications);
		roles = List.copyOf(roles);
	}

}
