package dev.mlcareers.portal.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.mlcareers.portal.roadmap.NamedLink;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/** Read models about certifications. */
@Service
public class CertificationService {

	private final CertificationRepository certifications;

	private final RoadmapService roadmaps;

	private final SourceCatalog sources;

	private final RoleDirectory roles;

	CertificationService(CertificationRepository certifications, RoadmapService roadmaps, SourceCatalog sources,
			RoleDirectory roles) {
		this.certifications = certifications;
		this.roadmaps = roadmaps;
		this.sources = sources;
		this.roles = roles;
	}

	/** Every certification in the order the documents list them. */
	@ReadModel("certifications")
	public List<CertificationCard> all() {
		return cards(this.certifications.findAllByOrderByPosition());
	}

	/** One certification, or empty for an unknown slug. */
	@ReadModel("certification")
	public Optional<CertificationCard> find(String slug) {
		return this.certifications.findById(slug).flatMap((cert) -> cards(List.of(cert)).stream().findFirst());
	}

	/**
	 * Cards for certifications. A certification's roles are first the flagship role,
	 * which every document that names certifications lists them for, cited with the
	 * certification's own source; then, as the portal's suggestion, the other roles of
	 * the roadmap steps where it fits, in the roles' order.
	 */
	private List<CertificationCard> cards(List<Certification> certifications) {
		if (certifications.isEmpty()) {
			return List.of();
		}
		RoleRef flagship = this.roles.flagship();
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, List<StepLink>> steps = this.roadmaps.stepsByCertification();
		Map<String, List<StepLink>> stepsByRole = this.roadmaps.stepsByRole();
		List<RoleRef> others = this.roles.all().stream().filter((role) -> !role.flagship()).toList();
		List<CertificationCard> cards = new ArrayList<>();
		for (Certification cert : certifications) {
			SourceRef source = refs.get(cert.getSourceId());
			List<StepLink> fitsInto = steps.getOrDefault(cert.getSlug(), List.of());
			List<NamedLink> roles = new ArrayList<>();
			roles.add(new NamedLink(flagship.slug(), flagship.title(), source));
			for (RoleRef role : others) {
				if (sharesAStep(stepsByRole.getOrDefault(role.slug(), List.of()), fitsInto)) {
					roles.add(new NamedLink(role.slug(), role.title(), null));
				}
			}
			cards.add(new CertificationCard(cert.getSlug(), cert.getName(), cert.getIssuer(), cert.getDescription(),
					source, List.copyOf(roles), fitsInto));
		}
		return List.copyOf(cards);
	}

	private static boolean sharesAStep(List<StepLink> some, List<StepLink> others) {
		return some.stream()
			.anyMatch((step) -> others.stream()
				.anyMatch(
						(other) -> other.roadmapSlug().equals(step.roadmapSlug()) && other.number() == step.number()));
	}

}
