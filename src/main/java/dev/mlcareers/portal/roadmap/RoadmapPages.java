package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/**
 * The flagship roadmap, each of its steps, and the privacy page. A roadmap's pages show a
 * visitor's progress only to that visitor; to everyone else, and to a crawler, they are
 * the roadmap.
 */
@Component
class RoadmapPages implements PublicPages {

	private final RoadmapService roadmaps;

	private final FlagshipJourney journey;

	RoadmapPages(RoadmapService roadmaps, FlagshipJourney journey) {
		this.roadmaps = roadmaps;
		this.journey = journey;
	}

	@Override
	public List<String> paths() {
		Flagship flagship = this.journey.flagship();
		List<String> paths = new ArrayList<>();
		paths.add(flagship.roadmapPath());
		this.roadmaps.roadmap(flagship.roadmapSlug())
			.ifPresent((roadmap) -> roadmap.stepNumbers()
				.forEach((number) -> paths.add(flagship.roadmapPath() + "/steps/" + number)));
		paths.add(PrivacyController.PATH);
		return paths;
	}

}
