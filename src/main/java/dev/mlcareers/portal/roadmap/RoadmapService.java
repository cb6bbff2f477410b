package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** Read models about roadmaps. */
@Service
public class RoadmapService {

	private final RoadmapStepRepository steps;

	private final RoadmapRepository roadmaps;

	private final RoleDirectory roles;

	private final SourceCatalog sources;

	RoadmapService(RoadmapStepRepository steps, RoadmapRepository roadmaps, RoleDirectory roles,
			SourceCatalog sources) {
		this.steps = steps;
		this.roadmaps = roadmaps;
		this.roles = roles;
		this.sources = sources;
	}

	@Cacheable("roadmap-step-count")
	public int stepCount(String roadmapSlug) {
		return (int) this.steps.countByRoadmapSlug(roadmapSlug);
	}

	/** For each skill, the steps that build it, in step order. */
	@Cacheable("steps-by-skill")
	public Map<String, List<StepLink>> stepsBySkill() {
		return byKey(this.steps.findSkillSteps());
	}

	/** For each certification, the steps where it fits, in step order. */
	@Cacheable("steps-by-certification")
	public Map<String, List<StepLink>> stepsByCertification() {
		return byKey(this.steps.findCertificationSteps());
	}

	/** For each role, the steps that prepare for it, in step order. */
	@Cacheable("steps-by-role")
	public Map<String, List<StepLink>> stepsByRole() {
		return byKey(this.steps.findRoleSteps());
	}

	private Map<String, List<StepLink>> byKey(List<Object[]> rows) {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<StepLink>> byKey = new LinkedHashMap<>();
		for (Object[] row : rows) {
			SourceRef source = (row[4] != null) ? refs.get((String) row[4]) : null;
			byKey.computeIfAbsent((String) row[0], (key) -> new ArrayList<>())
				.add(new StepLink((String) row[1], ((Number) row[2]).intValue(), (String) row[3], source));
		}
		byKey.replaceAll((key, links) -> List.copyOf(links));
		return Map.copyOf(byKey);
	}

}
