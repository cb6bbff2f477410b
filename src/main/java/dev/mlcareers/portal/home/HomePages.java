package dev.mlcareers.portal.home;

import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/** The home page. */
@Component
class HomePages implements PublicPages {

	@Override
	public List<String> paths() {
		return List.of("/");
	}

}
