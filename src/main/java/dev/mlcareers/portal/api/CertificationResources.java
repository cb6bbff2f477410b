package dev.mlcareers.portal.api;

import java.util.List;

import dev.mlcareers.portal.api.RoleResources.StepReference;
import dev.mlcareers.portal.certification.CertificationCard;
import io.swagger.v3.oas.annotations.media.Schema;

/** The certification resources. */
final class CertificationResources {

	private CertificationResources() {
	}

	static CertificationList list(List<CertificationCard> certifications) {
		return new CertificationList(certifications.stream().map(CertificationResources::detail).toList());
	}

	static Certification detail(CertificationCard card) {
		return new Certification(card.slug(), card.name(), card.issuer(), card.description(), card.source().id(),
				card.roles()
					.stream()
					.map((role) -> new CertificationRole(role.slug(), role.name(),
							role.editorial() ? null : role.source().id(), role.editorial()))
					.toList(),
				SkillResources.steps(card.steps()));
	}

	@Schema(description = "Every certification the documents name, in the order they list them.")
	record CertificationList(List<Certification> certifications) {

	}

	@Schema(description = "A certification, who issues it, the document that names it, and where it fits.")
	record Certification(String slug, String name, @Schema(nullable = true) String issuer,
			@Schema(description = "The portal's own description") String description,
			@Schema(description = "Id of the document that names it") String source,
			@Schema(description = "Roles it supports: the one its document lists it for, then the portal's suggestions (the roles of the roadmap steps where it fits)") List<CertificationRole> roles,
			List<StepReference> roadmapSteps) {

	}

	record CertificationRole(String slug, String title, @Schema(
			description = "Id of the document that lists the certification for this role; null where the link is the portal's suggestion",
			example = "job-description", nullable = true) String sourceId,
			@Schema(description = "True where the link is the portal's own suggestion, not a document's") boolean editorial) {

	}

}
