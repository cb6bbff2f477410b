package dev.mlcareers.portal.certification;

import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CertificationController {

	private final CertificationService certifications;

	CertificationController(CertificationService certifications) {
		this.certifications = certifications;
	}

	@GetMapping("/certifications")
	@SharedPage
	String index(Model model) {
		model.addAttribute("certifications", this.certifications.all());
		return "certification/certifications";
	}

	@GetMapping("/certifications/{slug}")
	@SharedPage
	String certification(@PathVariable String slug, Model model) {
		model.addAttribute("certification", Slugs.lookup("certification", slug, this.certifications::find));
		return "certification/certification";
	}

}
