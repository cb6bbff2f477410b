package dev.mlcareers.portal.roadmap;

import org.springframework.stereotype.Service;

/** Read models about roadmaps. */
@Service
public class RoadmapService {

	public static final String FLAGSHIP_SLUG = "machine-learning-engineer";

	private final RoadmapStepRepository steps;

	RoadmapService(RoadmapStepRepository steps) {
		this.steps = steps;
	}

	public int stepCount(String roadmapSlug) {
		return this.steps.findByRoadmapSlugOrderByNumber(roadmapSlug).size();
	}

}
