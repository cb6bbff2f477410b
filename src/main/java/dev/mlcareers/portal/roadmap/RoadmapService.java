package dev.mlcareers.portal.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** Read models about roadmaps. */
@Service
public class RoadmapService {

	public static final String FLAGSHIP_SLUG = "machine-learning-engineer";

	private final RoadmapStepRepository steps;

	RoadmapService(RoadmapStepRepository steps) {
		this.steps = steps;
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

	private static Map<String, List<StepLink>> byKey(List<Object[]> rows) {
		Map<String, List<StepLink>> byKey = new LinkedHashMap<>();
		for (Object[] row : rows) {
			byKey.computeIfAbsent((String) row[0], (key) -> new ArrayList<>())
				.add(new StepLink((String) row[1], (Integer) row[2], (String) row[3]));
		}
		byKey.replaceAll((key, links) -> List.copyOf(links));
		return Map.copyOf(byKey);
	}

}
