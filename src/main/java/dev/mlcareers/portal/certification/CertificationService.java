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
		Map<String, List<NamedLink>> roles = rolesByCertification();
		return this.certifications.findAllByOrderByPosition().stream().map((cert) -> card(cert, roles)).toList();
	}

	/** One certification, or empty for an unknown slug. */
	@Cacheable("certification")
	public Optional<CertificationCard> find(String slug) {
		return this.certifications.findById(slug).map((cert) -> card(cert, rolesByCertification()));
	}

	private CertificationCard card(Certification cert, Map<String, List<NamedLink>> roles) {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<StepLink>> steps = this.roadmaps.stepsByCertification();
		return new CertificationCard(cert.getSlug(), cert.getName(), cert.getIssuer(), cert.getDescription(),
				refs.get(cert.getSourceId()), roles.getOrDefault(cert.getSlug(), List.of()),
				steps.getOrDefault(cert.getSlug(), List.of()));
	}

	/**
	 * For each certification, the roles it supports: first the role its document lists it
	 * for (every document that names certifications lists them for the machine learning
	 * engineer), cited; then, as the portal's suggestion, the other roles of the roadmap
	 * steps where it fits.
	 */
	private Map<String, List<NamedLink>> rolesByCertification() {
		String flagship = RoadmapService.FLAGSHIP_SLUG;
		String flagshipTitle = this.certifications.findRoleTitle(flagship).orElseThrow();
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<NamedLink>> roles = new LinkedHashMap<>();
		for (Certification cert : this.certifications.findAllByOrderByPosition()) {
			roles.put(cert.getSlug(),
					new ArrayList<>(List.of(new NamedLink(flagship, flagshipTitle, refs.get(cert.getSourceId())))));
		}
		for (Object[] row : this.certifications.findRolesOfSteps()) {
			String role = (String) row[1];
			if (!role.equals(flagship)) {
				roles.computeIfAbsent((String) row[0], (slug) -> new ArrayList<>())
					.add(new NamedLink(role, (String) row[2], null));
			}
		}
		roles.replaceAll((slug, links) -> List.copyOf(links));
		return roles;
	}

}
