package dev.mlcareers.portal.skill;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/** The skill index, every skill's page, and the skills check's form. */
@Component
class SkillPages implements PublicPages {

	private final SkillService skills;

	SkillPages(SkillService skills) {
		this.skills = skills;
	}

	@Override
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		paths.add("/skills");
		this.skills.index()
			.stream()
			.flatMap((group) -> group.skills().stream())
			.map((skill) -> "/skills/" + skill.slug())
			.forEach(paths::add);
		paths.add(SkillCheckService.PATH);
		return paths;
	}

}
