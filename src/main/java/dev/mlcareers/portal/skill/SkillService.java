package dev.mlcareers.portal.skill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/** Read models about skills and tools. */
@Service
public class SkillService {

	private final SkillRepository skills;

	private final RoleSkillRepository roleSkills;

	private final RoadmapService roadmaps;

	private final RoleDirectory roles;

	private final SourceCatalog sources;

	SkillService(SkillRepository skills, RoleSkillRepository roleSkills, RoadmapService roadmaps, RoleDirectory roles,
			SourceCatalog sources) {
		this.skills = skills;
		this.roleSkills = roleSkills;
		this.roadmaps = roadmaps;
		this.roles = roles;
		this.sources = sources;
	}

	/**
	 * Every skill, grouped by category in the categories' order, alphabetical within one.
	 */
	@ReadModel("skill-index")
	public List<SkillGroup<SkillSummary>> index() {
		Map<String, Long> documents = this.roleSkills.findAll()
			.stream()
			.collect(Collectors.groupingBy(RoleSkill::getSkillSlug, Collectors.mapping(RoleSkill::getSourceId,
					Collectors.collectingAndThen(Collectors.toSet(), (ids) -> (long) ids.size()))));
		Map<SkillCategory, List<SkillSummary>> byCategory = new EnumMap<>(SkillCategory.class);
		for (Skill skill : this.skills.findAllInNameOrder()) {
			byCategory.computeIfAbsent(skill.getCategory(), (category) -> new ArrayList<>())
				.add(new SkillSummary(skill.getSlug(), skill.getName(), skill.getDescription(),
						documents.getOrDefault(skill.getSlug(), 0L).intValue()));
		}
		return groups(byCategory);
	}

	/** The page of one skill, or empty for an unknown slug. */
	@ReadModel("skill-page")
	public Optional<SkillPage> page(String slug) {
		return this.skills.findById(slug).map(this::page);
	}

	private SkillPage page(Skill skill) {
		Map<String, SourceRef> refs = this.sources.refsById();
		List<RoleSkill> links = this.roleSkills.findBySkillSlug(skill.getSlug());
		Map<String, List<SourceRef>> byRole = new LinkedHashMap<>();
		for (RoleSkill link : links) {
			byRole.computeIfAbsent(link.getRoleSlug(), (role) -> new ArrayList<>()).add(refs.get(link.getSourceId()));
		}
		List<RoleNeed> roles = this.roles.all()
			.stream()
			.filter((role) -> byRole.containsKey(role.slug()))
			.map((role) -> new RoleNeed(role, SourceCatalog.inCitationOrder(byRole.get(role.slug()))))
			.toList();
		List<SkillLink> sameCategory = this.skills.findByCategoryInNameOrder(skill.getCategory())
			.stream()
			.filter((other) -> !other.getSlug().equals(skill.getSlug()))
			.map((other) -> new SkillLink(other.getSlug(), other.getName()))
			.toList();
		return new SkillPage(skill.getSlug(), skill.getName(), skill.getCategory(), skill.getDescription(),
				SourceCatalog.inCitationOrder(links.stream().map((link) -> refs.get(link.getSourceId())).toList()),
				examples(links, refs), roles, this.roadmaps.stepsBySkill().getOrDefault(skill.getSlug(), List.of()),
				sameCategory);
	}

	/** The skills the documents name for a role, grouped by category. */
	public List<SkillGroup<RoleSkillView>> forRole(String roleSlug) {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<RoleSkill>> links = this.roleSkills.findByRoleSlug(roleSlug)
			.stream()
			.collect(Collectors.groupingBy(RoleSkill::getSkillSlug));
		if (links.isEmpty()) {
			return List.of();
		}
		Map<SkillCategory, List<RoleSkillView>> byCategory = new EnumMap<>(SkillCategory.class);
		for (Skill skill : this.skills.findAllInNameOrder()) {
			List<RoleSkill> named = links.get(skill.getSlug());
			if (named != null) {
				byCategory.computeIfAbsent(skill.getCategory(), (category) -> new ArrayList<>())
					.add(new RoleSkillView(skill.getSlug(), skill.getName(),
							SourceCatalog
								.inCitationOrder(named.stream().map((link) -> refs.get(link.getSourceId())).toList()),
							examples(named, refs)));
			}
		}
		return groups(byCategory);
	}

	/**
	 * What the skills check counts against, for each role the documents tie skills to, by
	 * role slug in ladder order: which document lists which of its skills, and the steps
	 * that teach each.
	 */
	@ReadModel("skill-gaps")
	public Map<String, SkillGap> gaps() {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<SkillGap.Mention>> byRole = new LinkedHashMap<>();
		for (RoleSkill link : this.roleSkills.findAll()) {
			byRole.computeIfAbsent(link.getRoleSlug(), (role) -> new ArrayList<>())
				.add(new SkillGap.Mention(link.getSkillSlug(), refs.get(link.getSourceId())));
		}
		List<SkillLink> skills = this.skills.findAllInNameOrder()
			.stream()
			.map((skill) -> new SkillLink(skill.getSlug(), skill.getName()))
			.toList();
		Map<String, List<StepLink>> teaching = this.roadmaps.stepsBySkill();
		Map<String, SkillGap> gaps = new LinkedHashMap<>();
		for (RoleRef role : this.roles.all()) {
			List<SkillGap.Mention> mentions = byRole.get(role.slug());
			if (mentions != null) {
				gaps.put(role.slug(), new SkillGap(skills, mentions, teaching));
			}
		}
		return Collections.unmodifiableMap(gaps);
	}

	/** Every skill's slug and name, for pages that link to skills. */
	@ReadModel("skill-links")
	public Map<String, SkillLink> links() {
		return this.skills.findAllInNameOrder()
			.stream()
			.map((skill) -> new SkillLink(skill.getSlug(), skill.getName()))
			.collect(Collectors.toUnmodifiableMap(SkillLink::slug, Function.identity()));
	}

	private static List<SourcedText> examples(List<RoleSkill> links, Map<String, SourceRef> refs) {
		return links.stream()
			.filter((link) -> link.getExample() != null)
			.map((link) -> new SourcedText(link.getExample(), refs.get(link.getSourceId())))
			.sorted(Comparator.comparingInt((SourcedText example) -> example.source().number()))
			.toList();
	}

	private static <T> List<SkillGroup<T>> groups(Map<SkillCategory, List<T>> byCategory) {
		return byCategory.entrySet()
			.stream()
			.map((entry) -> new SkillGroup<>(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

}
