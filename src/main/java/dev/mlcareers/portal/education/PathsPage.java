package dev.mlcareers.portal.education;

import java.util.List;

/** Everything the paths page shows: routes by country, the timeline, other routes. */
public record PathsPage(List<CountryPath> paths, List<TimelineStage> timeline, List<Pathway> alternatives) {

	public PathsPage {
		paths = List.copyOf(paths);
		timeline = List.copyOf(timeline);
		alternatives = List.copyOf(alternatives);
	}

}
