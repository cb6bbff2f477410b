package dev.mlcareers.portal.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
		Map<String, List<CertificationRole>> roles = rolesByCertification();
		return this.certifications.findAllByOrderByPosition().stream().map((cert) -> card(cert, roles)).toList();
	}

	/** One certification, or empty for an unknown slug. */
	@Cacheable("certification")
	public Optional<CertificationCard> find(String slug) {
		return this.certifications.findById(slug).map((cert) -> card(cert, rolesByCertification()));
	}

	private CertificationCard card(Certification cert, Map<String, List<CertificationRole>> roles) {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<StepLink>> steps = this.roadmaps.stepsByCertification();
		return new CertificationCard(cert.getSlug(), cert.getName(), cert.getIssuer(), cert.getDescription(),
				refs.get(cert.getSourceId()), roles.getOrDefault(cert.getSlug(), List.of()),
				steps.getOrDefault(cert.getSlug(), List.of()));
	}

	private Map<String, List<CertificationRole>> rolesByCertification() {
		Map<String, List<CertificationRole>> roles = new LinkedHashMap<>();
		for (Object[] row : this.certifications.findRolesOfSteps()) {
			roles.computeIfAbsent((String) row[0], (slug) -> new ArrayList<>())
				.add(new CertificationRole((String) row[1], (String) row[2]));
		}
		return roles;
	}

}
