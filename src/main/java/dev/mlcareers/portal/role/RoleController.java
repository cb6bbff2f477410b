package dev.mlcareers.portal.role;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoleController {

	private final RoleService roles;

	private final RoleDirectory directory;

	RoleController(RoleService roles, RoleDirectory directory) {
		this.roles = roles;
		this.directory = directory;
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
		RolePage page = Slugs.lookup("role", slug, this.roles::page);
		model.addAttribute("page", page);
		model.addAttribute("otherRoles",
				this.directory.all()
					.stream()
					.filter((other) -> !other.slug().equals(page.overview().role().slug()))
					.toList());
		return "role/role";
	}

}
