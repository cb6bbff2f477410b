package dev.mlcareers.portal.salary;

import java.math.BigDecimal;

import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceRef;

/**
 * A pay figure exactly as one document gives it: yearly, in whole units of its currency.
 * For an average, minimum and maximum are the same figure. {@code level} is {@code null}
 * for a figure that covers the role as a whole.
 */
public record PayBand(String roleSlug, Region region, String currency, LevelView level, Statistic statistic,
		BigDecimal minimum, BigDecimal maximum, boolean openTop, boolean approximate, String citedAs,
		SourceRef source) {

	public boolean average() {
		return this.statistic == Statistic.AVERAGE;
	}

}
