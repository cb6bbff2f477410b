package dev.mlcareers.portal.skill;

import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.roadmap.ProgressService;
import dev.mlcareers.portal.roadmap.SkillMarks;
import dev.mlcareers.portal.roadmap.VisitorCookie;
import dev.mlcareers.portal.roadmap.VisitorToken;
import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.shared.IndexPages;
import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.PersonalPage;
import dev.mlcareers.portal.system.SharedPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SkillController {

	private final SkillService skills;

	private final ProgressService progress;

	private final IndexPages indexPages;

	private final Breadcrumbs breadcrumbs;

	SkillController(SkillService skills, ProgressService progress, IndexPages indexPages, Breadcrumbs breadcrumbs) {
		this.breadcrumbs = breadcrumbs;
		this.indexPages = indexPages;
		this.skills = skills;
		this.progress = progress;
	}

	@GetMapping("/skills")
	@SharedPage
	String index(Model model) {
		List<SkillGroup<SkillSummary>> groups = this.skills.index();
		model.addAttribute("groups", groups);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE,
				this.indexPages.structuredData("skills.heading", "/skills",
						groups.stream()
							.flatMap((group) -> group.skills().stream())
							.map((skill) -> new StructuredData.Link(skill.name(), "/skills/" + skill.slug()))
							.toList()));
		return "skill/skills";
	}

	/**
	 * A skill's page; for a visitor who saved skills or marked steps done, it says
	 * whether they have it, and how.
	 */
	@GetMapping("/skills/{slug}")
	@PersonalPage
	String skill(@PathVariable String slug, @CookieValue(name = VisitorCookie.NAME, required = false) String cookie,
			HttpServletResponse response, Model model) {
		SkillPage page = Slugs.lookup("skill", slug, this.skills::page);
		model.addAttribute("page", page);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE,
				this.breadcrumbs.structuredData(Breadcrumbs.home(), Breadcrumbs.message("skills.heading", "/skills"),
						Breadcrumbs.named(page.name(), "/skills/" + page.slug())));
		SkillMarks.addTo(model, this.progress.skillsIfReadable(VisitorToken.parse(cookie)), response);
		return "skill/skill";
	}

}
