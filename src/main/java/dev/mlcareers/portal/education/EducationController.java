package dev.mlcareers.portal.education;

import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class EducationController {

	private final EducationService education;

	EducationController(EducationService education) {
		this.education = education;
	}

	@GetMapping("/paths")
	@SharedPage
	String paths(Model model) {
		model.addAttribute("page", this.education.paths());
		return "education/paths";
	}

}
