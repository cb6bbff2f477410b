package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * The visitor's next steps on a roadmap: the first steps they have neither done nor
 * skipped that teach skills they lack, in roadmap order, each with those skills.
 */
final class NextSteps {

	/** How many steps the overview suggests at once. */
	static final int LIMIT = 3;

	private NextSteps() {
	}

	static List<NextStep> of(RoadmapView roadmap, RoadmapProgress progress, SkillHoldings skills) {
		List<NextStep> next = new ArrayList<>();
		for (StepView step : roadmap.steps()) {
			StepStatus status = progress.status(step.number());
			if (status == StepStatus.DONE || status == StepStatus.SKIPPED) {
				continue;
			}
			List<NamedLink> lacking = step.skills().stream().filter((skill) -> !skills.has(skill.slug())).toList();
			if (!lacking.isEmpty()) {
				next.add(new NextStep(step, status, lacking));
				if (next.size() == LIMIT) {
					break;
				}
			}
		}
		return List.copyOf(next);
	}

	/**
	 * A step to take next, where the visitor stands on it, and the skills it would add.
	 */
	record NextStep(StepView step, StepStatus status, List<NamedLink> skills) {

		NextStep {
			skills = List.copyOf(skills);
		}

	}

}
