package dev.mlcareers.portal.source;

import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourceController {

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	@SharedPage
	String sources(Model model) {
		model.addAttribute("documents", this.sources.documents());
		return "source/sources";
	}

}
