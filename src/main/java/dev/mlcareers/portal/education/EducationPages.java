package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/** The education paths by country. */
@Component
class EducationPages implements PublicPages {

	@Override
	public List<String> paths() {
		return List.of("/paths");
	}

}
