package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.stream.IntStream;

import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/** Small roadmaps for tests that do not need the seeded one. */
final class RoadmapFixtures {

	static final String SLUG = "machine-learning-engineer";

	static final SourceRef GUIDE = new SourceRef("career-guide", 1, "Career guide");

	private RoadmapFixtures() {
	}

	static RoadmapView roadmap(int steps) {
		return new RoadmapView(SLUG, "Machine Learning Engineer roadmap", "Steps from a degree to a specialisation.",
				IntStream.rangeClosed(1, steps).mapToObj(RoadmapFixtures::step).toList());
	}

	static StepView step(int number) {
		return new StepView(number, "Step title " + number, "What to do in step " + number + ".",
				"Why step " + number + " matters.", List.of(GUIDE),
				List.of(new StepOrigin(GUIDE, number, "Document step " + number)),
				List.of(new SourcedText("Outcome of step " + number + ".", GUIDE)),
				List.of(new NamedLink("python", "Python", GUIDE)), List.of(),
				// The portal's own suggestion, not a document's.
				List.of(new NamedLink(SLUG, "Machine Learning Engineer", null)));
	}

}
