package dev.mlcareers.portal.certification;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/** The certification index and every certification's page. */
@Component
class CertificationPages implements PublicPages {

	private final CertificationService certifications;

	CertificationPages(CertificationService certifications) {
		this.certifications = certifications;
	}

	@Override
	public List<String> paths() {
		List<String> paths = new ArrayList<>();
		paths.add("/certifications");
		this.certifications.all().stream().map((card) -> "/certifications/" + card.slug()).forEach(paths::add);
		return paths;
	}

}
