package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.Optional;

/** A roadmap with all its steps, as the pages and the export show it. */
public record RoadmapView(String slug, String title, String summary, List<StepView> steps) {

	public RoadmapView {
		steps = List.copyOf(steps);
	}

	public int stepCount() {
		return this.steps.size();
	}

	public boolean hasStep(int number) {
		return number >= 1 && number <= this.steps.size();
	}

	/** The step with this number, counting from 1. */
	public Optional<StepView> step(int number) {
		return hasStep(number) ? Optional.of(this.steps.get(number - 1)) : Optional.empty();
	}

	public List<Integer> stepNumbers() {
		return this.steps.stream().map(StepView::number).toList();
	}

}
