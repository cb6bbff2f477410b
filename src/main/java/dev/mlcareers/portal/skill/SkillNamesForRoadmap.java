package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.roadmap.StepTopicNames;

import org.springframework.stereotype.Component;

/** Skill names for the roadmap's steps, by name. */
@Component
class SkillNamesForRoadmap implements StepTopicNames {

	private final SkillRepository skills;

	SkillNamesForRoadmap(SkillRepository skills) {
		this.skills = skills;
	}

	@Override
	public Topic topic() {
		return Topic.SKILL;
	}

	@Override
	public List<Named> namesInOrder() {
		return this.skills.findAllInNameOrder()
			.stream()
			.map((skill) -> new Named(skill.getSlug(), skill.getName()))
			.toList();
	}

}
