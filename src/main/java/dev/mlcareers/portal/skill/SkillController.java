package dev.mlcareers.portal.skill;

import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SkillController {

	private final SkillService skills;

	SkillController(SkillService skills) {
		this.skills = skills;
	}

	@GetMapping("/skills")
	@SharedPage
	String index(Model model) {
		model.addAttribute("groups", this.skills.index());
		return "skill/skills";
	}

	@GetMapping("/skills/{slug}")
	@SharedPage
	String skill(@PathVariable String slug, Model model) {
		model.addAttribute("page", Slugs.lookup("skill", slug, this.skills::page));
		return "skill/skill";
	}

}
