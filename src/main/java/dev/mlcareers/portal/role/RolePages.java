package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/** The role index and every role's page. */
@Component
class RolePages implements PublicPages {

	private final RoleDirectory directory;

	RolePages(RoleDirectory directory) {
		this.directory = directory;
	}

	@Override
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		paths.add("/roles");
		this.directory.all().stream().map(RoleRef::path).forEach(paths::add);
		return paths;
	}

}
