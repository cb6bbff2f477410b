package dev.mlcareers.portal.roadmap.restructuring.unversioned;

import java.util.List;

import dev.mlcareers.portal.roadmap.RoadmapRestructuring;
import dev.mlcareers.portal.roadmap.StepMove;

/**
 * A restructuring for the tests only that changes a step and forgets to record its
 * content version: it must fail, so that no page's "Content as of" date and no feed
 * misses a change.
 */
public class V900__Rename_a_step_without_a_content_version extends RoadmapRestructuring {

	@Override
	protected List<String> contentChanges() {
		return List.of("UPDATE roadmap_step SET summary = 'Changed without a content version'"
				+ " WHERE roadmap_slug = 'machine-learning-engineer' AND number = 4");
	}

	@Override
	protected List<StepMove> moves() {
		return List.of(new StepMove("machine-learning-engineer", 4, 4));
	}

}
