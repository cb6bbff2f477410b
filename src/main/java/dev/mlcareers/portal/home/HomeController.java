package dev.mlcareers.portal.home;

import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.role.RoleService;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final RoleService roles;

	private final RoadmapService roadmaps;

	private final FlagshipJourney journey;

	HomeController(RoleService roles, RoadmapService roadmaps, FlagshipJourney journey) {
		this.roles = roles;
		this.roadmaps = roadmaps;
		this.journey = journey;
	}

	@GetMapping("/")
	@SharedPage
	String home(Model model) {
		model.addAttribute("page", new HomePage(this.roles.roleCount(),
				this.roadmaps.stepCount(this.journey.flagship().roadmapSlug()), this.roles.flagshipOutlook()));
		return "home/home";
	}

}
