package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
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

	private final RoleDirectory roles;

	private final Map<StepTopicNames.Topic, StepTopicNames> topicNames = new EnumMap<>(StepTopicNames.Topic.class);

	RoadmapCatalog(RoadmapRepository roadmaps, RoadmapStepRepository steps, SourceCatalog sources, RoleDirectory roles,
			List<StepTopicNames> topicNames) {
		this.roadmaps = roadmaps;
		this.steps = steps;
		this.sources = sources;
		this.roles = roles;
		for (StepTopicNames names : topicNames) {
			if (this.topicNames.put(names.topic(), names) != null) {
				throw new IllegalStateException("Two features name the roadmap's " + names.topic() + " links");
			}
		}
		for (StepTopicNames.Topic topic : StepTopicNames.Topic.values()) {
			if (!this.topicNames.containsKey(topic)) {
				throw new IllegalStateException("No feature names the roadmap's " + topic + " links");
			}
		}
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
		Map<Integer, List<NamedLink>> skills = links(this.steps.findSkillLinks(slug), names(StepTopicNames.Topic.SKILL),
				refs);
		Map<Integer, List<NamedLink>> certifications = links(this.steps.findCertificationLinks(slug),
				names(StepTopicNames.Topic.CERTIFICATION), refs);
		Map<Integer, List<NamedLink>> roles = links(this.steps.findRoleLinks(slug),
				this.roles.all().stream().map((role) -> new StepTopicNames.Named(role.slug(), role.title())).toList(),
				refs);
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

	private List<StepTopicNames.Named> names(StepTopicNames.Topic topic) {
		return this.topicNames.get(topic).namesInOrder();
	}

	/**
	 * Rows of (step number, slug, document id or {@code null}) as named links per step,
	 * in the order of {@code named}; a slug without a name is left out, as a join would.
	 */
	private static Map<Integer, List<NamedLink>> links(List<Object[]> rows, List<StepTopicNames.Named> named,
			Map<String, SourceRef> refs) {
		Map<String, Integer> order = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (StepTopicNames.Named one : named) {
			order.put(one.slug(), order.size());
			names.put(one.slug(), one.name());
		}
		List<Object[]> known = rows.stream().filter((row) -> names.containsKey((String) row[1])).toList();
		Map<Integer, List<NamedLink>> byStep = byStep(known, (row) -> new NamedLink((String) row[1],
				names.get((String) row[1]), (row[2] != null) ? refs.get((String) row[2]) : null));
		byStep.values()
			.forEach((links) -> links.sort(Comparator.comparingInt((NamedLink link) -> order.get(link.slug()))));
		return byStep;
	}

	private static <T> Map<Integer, List<T>> byStep(List<Object[]> rows, Function<Object[], T> mapper) {
		Map<Integer, List<T>> byStep = new HashMap<>();
		for (Object[] row : rows) {
			byStep.computeIfAbsent(((Number) row[0]).intValue(), (number) -> new ArrayList<>()).add(mapper.apply(row));
		}
		return byStep;
	}

}
