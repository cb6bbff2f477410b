package dev.mlcareers.portal.industry;

import java.util.List;

import dev.mlcareers.portal.source.SourceRef;

/** An employer and why the documents name it. */
public record EmployerView(String slug, String name, List<Mention> mentions) {

	/** One document naming the employer, in one context. */
	public record Mention(EmployerContext context, SourceRef source) {
	}

}
