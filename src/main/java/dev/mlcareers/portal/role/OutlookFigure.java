package dev.mlcareers.portal.role;

import dev.mlcareers.portal.source.SourceRef;

/**
 * An outlook figure as pages show it. {@code fromPercent} is set only for a change from
 * one value to another; both percentages are {@code null} for a statement in words.
 */
public record OutlookFigure(OutlookKind kind, Integer fromPercent, Integer toPercent, String measure, String period,
		String citedAs, SourceRef source) {
}
