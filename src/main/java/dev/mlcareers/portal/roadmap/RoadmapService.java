package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import dev.mlcareers.portal.roadmap.RoadmapStepRepository.LinkRow;
import dev.mlcareers.portal.roadmap.RoadmapStepRepository.TopicStepRow;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/**
 * The roadmaps' read models: whole roadmaps with every step assembled, and the steps as
 * other features link to them. The content changes only with a deployment, so each is
 * read once and cached.
 */
@Service
public class RoadmapService {

	private final RoadmapRepository roadmaps;

	private final RoadmapStepRepository steps;

	private final SourceCatalog sources;

	private final RoleDirectory roles;

	private final Map<StepTopicNames.Topic, StepTopicNames> topicNames = new EnumMap<>(StepTopicNames.Topic.class);

	RoadmapService(RoadmapRepository roadmaps, RoadmapStepRepository steps, SourceCatalog sources, RoleDirectory roles,
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

	@ReadModel("roadmaps")
	public Optional<RoadmapView> roadmap(String slug) {
		return this.roadmaps.findById(slug).map(this::assemble);
	}

	@ReadModel("roadmap-step-count")
	public int stepCount(String roadmapSlug) {
		return (int) this.steps.countByRoadmapSlug(roadmapSlug);
	}

	/** For each skill, the steps that build it, in step order. */
	@ReadModel("steps-by-skill")
	public Map<String, List<StepLink>> stepsBySkill() {
		return byTopic(this.steps.findSkillSteps());
	}

	/** For each certification, the steps where it fits, in step order. */
	@ReadModel("steps-by-certification")
	public Map<String, List<StepLink>> stepsByCertification() {
		return byTopic(this.steps.findCertificationSteps());
	}

	/** For each role, the steps that prepare for it, in step order. */
	@ReadModel("steps-by-role")
	public Map<String, List<StepLink>> stepsByRole() {
		return byTopic(this.steps.findRoleSteps());
	}

	private Map<String, List<StepLink>> byTopic(List<TopicStepRow> rows) {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<StepLink>> byTopic = new LinkedHashMap<>();
		for (TopicStepRow row : rows) {
			byTopic.computeIfAbsent(row.getTopic(), (topic) -> new ArrayList<>())
				.add(new StepLink(row.getRoadmap(), row.getStep(), row.getTitle(), source(refs, row.getSource())));
		}
		byTopic.replaceAll((topic, links) -> List.copyOf(links));
		return Map.copyOf(byTopic);
	}

	private RoadmapView assemble(Roadmap roadmap) {
		String slug = roadmap.getSlug();
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<Integer, List<SourcedText>> outcomes = byStep(this.steps.findOutcomes(slug),
				RoadmapStepRepository.OutcomeRow::getStep,
				(row) -> new SourcedText(row.getText(), refs.get(row.getSource())));
		Map<Integer, List<StepOrigin>> origins = byStep(this.steps.findOrigins(slug),
				RoadmapStepRepository.OriginRow::getStep,
				(row) -> new StepOrigin(refs.get(row.getSource()), row.getNumber(), row.getTitle()));
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

	/**
	 * Every skill the roadmap's steps may link to, by slug, with its name, in name order.
	 */
	public Map<String, String> skillNames() {
		Map<String, String> names = new LinkedHashMap<>();
		names(StepTopicNames.Topic.SKILL).forEach((skill) -> names.put(skill.slug(), skill.name()));
		return names;
	}

	private List<StepTopicNames.Named> names(StepTopicNames.Topic topic) {
		return this.topicNames.get(topic).namesInOrder();
	}

	/**
	 * The links as named links per step, in the order of {@code named}; a slug without a
	 * name is left out, as a join would.
	 */
	private static Map<Integer, List<NamedLink>> links(List<LinkRow> rows, List<StepTopicNames.Named> named,
			Map<String, SourceRef> refs) {
		Map<String, Integer> order = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (StepTopicNames.Named one : named) {
			order.put(one.slug(), order.size());
			names.put(one.slug(), one.name());
		}
		List<LinkRow> known = rows.stream().filter((row) -> names.containsKey(row.getSlug())).toList();
		Map<Integer, List<NamedLink>> byStep = byStep(known, LinkRow::getStep,
				(row) -> new NamedLink(row.getSlug(), names.get(row.getSlug()), source(refs, row.getSource())));
		byStep.values()
			.forEach((links) -> links.sort(Comparator.comparingInt((NamedLink link) -> order.get(link.slug()))));
		return byStep;
	}

	private static <R, T> Map<Integer, List<T>> byStep(List<R> rows, ToIntFunction<R> step, Function<R, T> mapper) {
		Map<Integer, List<T>> byStep = new HashMap<>();
		for (R row : rows) {
			byStep.computeIfAbsent(step.applyAsInt(row), (number) -> new ArrayList<>()).add(mapper.apply(row));
		}
		return byStep;
	}

	/**
	 * The document that draws a link, or {@code null} for the portal's own suggestion.
	 */
	private static SourceRef source(Map<String, SourceRef> refs, String sourceId) {
		return (sourceId != null) ? refs.get(sourceId) : null;
	}

}
