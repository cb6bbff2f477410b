package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the progress on each old step of one roadmap goes, once its content has changed:
 * to the new steps its moves name or, without a move, to the step of the same number. A
 * plan is refused when the moves and the steps before and after do not fit together.
 */
final class StepMovePlan {

	private final String roadmapSlug;

	private final Map<Integer, SortedSet<Integer>> targets = new TreeMap<>();

	private final Map<Integer, SortedSet<Integer>> sources = new TreeMap<>();

	private final SortedSet<Integer> unaccounted = new TreeSet<>();

	private StepMovePlan(String roadmapSlug) {
		this.roadmapSlug = roadmapSlug;
	}

	/**
	 * The plan for one roadmap.
	 * @param roadmapSlug the roadmap
	 * @param moves its moves
	 * @param oldSteps its step numbers before the content changed
	 * @param newSteps its step numbers after
	 * @throws IllegalStateException when a move names a step that is not there, or a step
	 * without a move keeps its number while other steps' progress moves to it
	 */
	static StepMovePlan of(String roadmapSlug, Collection<StepMove> moves, Set<Integer> oldSteps,
			Set<Integer> newSteps) {
		StepMovePlan plan = new StepMovePlan(roadmapSlug);
		List<String> problems = new ArrayList<>();
		for (StepMove move : moves) {
			if (!move.roadmapSlug().equals(roadmapSlug)) {
				throw new IllegalArgumentException("A move of another roadmap: " + move);
			}
			if (!oldSteps.contains(move.fromNumber())) {
				problems.add("a move from step " + move.fromNumber() + ", which it did not have");
			}
			if (!newSteps.contains(move.toNumber())) {
				problems.add("a move to step " + move.toNumber() + ", which it does not have now");
			}
			plan.add(move.fromNumber(), move.toNumber());
		}
		for (int step : oldSteps) {
			if (plan.targets.containsKey(step)) {
				continue;
			}
			if (!newSteps.contains(step)) {
				plan.unaccounted.add(step);
			}
			else if (plan.sources.containsKey(step)) {
				problems.add("step " + step + " has no move but receives the progress of steps "
						+ plan.sources.get(step) + "; give it a move to say where its own progress goes");
			}
			else {
				plan.add(step, step);
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Roadmap " + roadmapSlug + ": " + String.join("; ", problems));
		}
		return plan;
	}

	private void add(int from, int to) {
		this.targets.computeIfAbsent(from, (key) -> new TreeSet<>()).add(to);
		this.sources.computeIfAbsent(to, (key) -> new TreeSet<>()).add(from);
	}

	String roadmapSlug() {
		return this.roadmapSlug;
	}

	/**
	 * The new steps an old step's progress goes to; none for a step no move accounts for.
	 */
	SortedSet<Integer> targets(int oldStep) {
		return this.targets.getOrDefault(oldStep, new TreeSet<>());
	}

	/** The old steps whose progress a new step gets, in step order. */
	SortedSet<Integer> sources(int newStep) {
		return this.sources.getOrDefault(newStep, new TreeSet<>());
	}

	/** Old steps that are gone and that no move accounts for. */
	SortedSet<Integer> unaccounted() {
		return this.unaccounted;
	}

}
