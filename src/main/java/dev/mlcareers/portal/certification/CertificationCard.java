package dev.mlcareers.portal.certification;

import java.util.List;

import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.source.SourceRef;

/**
 * A certification: its issuer ({@code null} where the document names none), the roles it
 * supports, the roadmap steps where it fits, and the document that lists it.
 */
public record CertificationCard(String slug, String name, String issuer, String description, SourceRef source,
		List<CertificationRole> roles, List<StepLink> steps) {
}
