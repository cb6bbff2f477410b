package dev.mlcareers.portal.education;

import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class EducationController {

	private final EducationService education;

	private final Breadcrumbs breadcrumbs;

	EducationController(EducationService education, Breadcrumbs breadcrumbs) {
		this.education = education;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping("/paths")
	@SharedPage
	String paths(Model model) {
		model.addAttribute("page", this.education.paths());
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE,
				this.breadcrumbs.structuredData(Breadcrumbs.home(), Breadcrumbs.message("paths.heading", "/paths")));
		return "education/paths";
	}

}
