package dev.mlcareers.portal.role;

import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoleController {

	private final RoleService roles;

	RoleController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping("/roles")
	@SharedPage
	String index(Model model) {
		model.addAttribute("tracks", this.roles.index());
		return "role/roles";
	}

	@GetMapping("/roles/{slug}")
	@SharedPage
	String role(@PathVariable String slug, Model model) {
		model.addAttribute("page", Slugs.lookup("role", slug, this.roles::page));
		return "role/role";
	}

}
