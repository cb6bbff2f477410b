package dev.mlcareers.portal.certification;

import java.util.List;

import dev.mlcareers.portal.roadmap.NamedLink;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.source.SourceRef;

/**
 * A certification: its issuer ({@code null} where the document names none), the roles it
 * supports and the roadmap steps where it fits (each link with its document, or marked as
 * the portal's suggestion), and the document that lists it.
 */
public record CertificationCard(String slug, String name, String issuer, String description, SourceRef source,
		List<NamedLink> roles, List<StepLink> steps) {
}
