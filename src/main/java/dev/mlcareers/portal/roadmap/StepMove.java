package dev.mlcareers.portal.roadmap;

import java.util.Arrays;
import java.util.List;

/**
 * One old step of a roadmap whose visitors' progress goes to one new step, in a content
 * version that restructures the roadmap ({@link RoadmapRestructuring}). A merge is
 * several moves to the same new step, a split several moves from the same old step. A
 * step that keeps its number, even under a new title, needs no move.
 *
 * @param roadmapSlug the roadmap
 * @param fromNumber the old step's number
 * @param toNumber the new step's number
 */
public record StepMove(String roadmapSlug, int fromNumber, int toNumber) {

	/** The old steps' progress, combined, goes to one new step. */
	public static List<StepMove> merge(String roadmapSlug, int toNumber, int... fromNumbers) {
		return Arrays.stream(fromNumbers).mapToObj((from) -> new StepMove(roadmapSlug, from, toNumber)).toList();
	}

	/** The old step's progress goes, copied, to each of the new steps. */
	public static List<StepMove> split(String roadmapSlug, int fromNumber, int... toNumbers) {
		return Arrays.stream(toNumbers).mapToObj((to) -> new StepMove(roadmapSlug, fromNumber, to)).toList();
	}

}
