package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.salary.PaySummary;

/**
 * A role as the index lists it: what it is, where it sits on the ladder, and its pay per
 * region where the documents give it.
 */
public record RoleCard(String slug, String title, Track track, int ladderRank, boolean flagship, String summary,
		List<PaySummary> pay) {
}
