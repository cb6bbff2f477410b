package dev.mlcareers.portal.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mlcareers.portal.roadmap.NamedLink;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** Read models about certifications. */
@Service
public class CertificationService {

	private final CertificationRepository certifications;

	private final RoadmapService roadmaps;

	private final SourceCatalog sources;

	CertificationService(CertificationRepository certifications, RoadmapService roadmaps, SourceCatalog sources) {
		this.certifications = certifications;
		this.roadmaps = roadmaps;
		this.sources = sources;
	}

	/** Every certification in the order the documents list them. */
	@Cacheable("certifications")
	public List<CertificationCard> all() {
		return cards(this.certifications.findAllWithRoleTitle(RoadmapService.FLAGSHIP_SLUG));
	}

	/** One certification, or empty for an unknown slug. */
	@Cacheable("certification")
	public Optional<CertificationCard> find(String slug) {
		return cards(this.certifications.findWithRoleTitle(slug, RoadmapService.FLAGSHIP_SLUG)).stream().findFirst();
	}

	/**
	 * Cards for rows of (certification, flagship role title). A certification's roles are
	 * first the role its document lists it for (every document that names certifications
	 * lists them for the machine learning engineer), cited with the certification's own
	 * source; then, as the portal's suggestion, the other roles of the roadmap steps
	 * where it fits.
	 */
	private List<CertificationCard> cards(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		String flagship = RoadmapService.FLAGSHIP_SLUG;
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<StepLink>> steps = this.roadmaps.stepsByCertification();
		Map<String, List<NamedLink>> suggested = new LinkedHashMap<>();
		for (Object[] row : this.certifications.findRolesOfSteps()) {
			String role = (String) row[1];
			if (!role.equals(flagship)) {
				suggested.computeIfAbsent((String) row[0], (slug) -> new ArrayList<>())
					.add(new NamedLink(role, (String) row[2], null));
			}
		}
		List<CertificationCard> cards = new ArrayList<>();
		for (Object[] row : rows) {
			Certification cert = (Certification) row[0];
			SourceRef source = refs.get(cert.getSourceId());
			List<NamedLink> roles = new ArrayList<>();
			roles.add(new NamedLink(flagship, (String) row[1], source));
			roles.addAll(suggested.getOrDefault(cert.getSlug(), List.of()));
			cards.add(new CertificationCard(cert.getSlug(), cert.getName(), cert.getIssuer(), cert.getDescription(),
					source, List.copyOf(roles), steps.getOrDefault(cert.getSlug(), List.of())));
		}
		return List.copyOf(cards);
	}

}
