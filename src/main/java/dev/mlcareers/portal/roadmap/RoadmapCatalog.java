package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Whole roadmaps with every step assembled: the content, which changes only with a
 * deployment, so it is read once and cached.
 */
@Service
public class RoadmapCatalog {

	private final RoadmapRepository roadmaps;

	private final RoadmapStepRepository steps;

	private final SourceCatalog sources;

	RoadmapCatalog(RoadmapRepository roadmaps, RoadmapStepRepository steps, SourceCatalog sources) {
		this.roadmaps = roadmaps;
		this.steps = steps;
		this.sources = sources;
	}

	@Cacheable("roadmaps")
	public Optional<RoadmapView> roadmap(String slug) {
		return this.roadmaps.findById(slug).map(this::assemble);
	}

	private RoadmapView assemble(Roadmap roadmap) {
		String slug = roadmap.getSlug();
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<Integer, List<SourcedText>> outcomes = byStep(this.steps.findOutcomes(slug),
				(row) -> new SourcedText((String) row[2], refs.get((String) row[1])));
		Map<Integer, List<StepOrigin>> origins = byStep(this.steps.findOrigins(slug),
				(row) -> new StepOrigin(refs.get((String) row[1]), (Integer) row[2], (String) row[3]));
		Function<Object[], NamedLink> link = (row) -> new NamedLink((String) row[1], (String) row[2],
				(row[3] != null) ? refs.get((String) row[3]) : null);
		Map<Integer, List<NamedLink>> skills = byStep(this.steps.findSkillNames(slug), link);
		Map<Integer, List<NamedLink>> certifications = byStep(this.steps.findCertificationNames(slug), link);
		Map<Integer, List<NamedLink>> roles = byStep(this.steps.findRoleNames(slug), link);
		List<StepView> views = new ArrayList<>();
		for (RoadmapStep step : this.steps.findByRoadmapSlugOrderByNumber(slug)) {
			int number = step.getNumber();
			List<StepOrigin> stepOrigins = origins.getOrDefault(number, List.of())
				.stream()
				.sorted(Comparator.comparingInt((StepOrigin origin) -> origin.source().number())
					.thenComparingInt(StepOrigin::number))
				.toList();
			List<SourceRef> stepSources = SourceCatalog
				.inCitationOrder(stepOrigins.stream().map(StepOrigin::source).toList());
			views.add(new StepView(number, step.getTitle(), step.getSummary(), step.getWhy(), stepSources, stepOrigins,
					outcomes.getOrDefault(number, List.of()), skills.getOrDefault(number, List.of()),
					certifications.getOrDefault(number, List.of()), roles.getOrDefault(number, List.of())));
		}
		return new RoadmapView(slug, roadmap.getTitle(), roadmap.getSummary(), views);
	}

	private static <T> Map<Integer, List<T>> byStep(List<Object[]> rows, Function<Object[], T> mapper) {
		Map<Integer, List<T>> byStep = new HashMap<>();
		for (Object[] row : rows) {
			byStep.computeIfAbsent(((Number) row[0]).intValue(), (number) -> new ArrayList<>()).add(mapper.apply(row));
		}
		return byStep;
	}

}
