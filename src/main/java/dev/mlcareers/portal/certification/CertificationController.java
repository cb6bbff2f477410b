package dev.mlcareers.portal.certification;

import java.util.List;

import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.IndexPages;
import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CertificationController {

	private final CertificationService certifications;

	private final IndexPages indexPages;

	private final Breadcrumbs breadcrumbs;

	CertificationController(CertificationService certifications, IndexPages indexPages, Breadcrumbs breadcrumbs) {
		this.breadcrumbs = breadcrumbs;
		this.indexPages = indexPages;
		this.certifications = certifications;
	}

	@GetMapping("/certifications")
	@SharedPage
	String index(Model model) {
		List<CertificationCard> all = this.certifications.all();
		model.addAttribute("certifications", all);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE,
				this.indexPages.structuredData("certifications.heading", "/certifications",
						all.stream()
							.map((card) -> new StructuredData.Link(card.name(), "/certifications/" + card.slug()))
							.toList()));
		return "certification/certifications";
	}

	@GetMapping("/certifications/{slug}")
	@SharedPage
	String certification(@PathVariable String slug, Model model) {
		CertificationCard certification = Slugs.lookup("certification", slug, this.certifications::find);
		model.addAttribute("certification", certification);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE,
				this.breadcrumbs.structuredData(Breadcrumbs.home(),
						Breadcrumbs.message("certifications.heading", "/certifications"),
						Breadcrumbs.named(certification.name(), "/certifications/" + certification.slug())));
		return "certification/certification";
	}

}
