package dev.mlcareers.portal.source;

import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourceController {

	private final SourceService sources;

	private final Breadcrumbs breadcrumbs;

	SourceController(SourceService sources, Breadcrumbs breadcrumbs) {
		this.sources = sources;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping("/sources")
	@SharedPage
	String sources(Model model) {
		model.addAttribute("documents", this.sources.documents());
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE, this.breadcrumbs.structuredData(Breadcrumbs.home(),
				Breadcrumbs.message("sources.heading", "/sources")));
		return "source/sources";
	}

}
