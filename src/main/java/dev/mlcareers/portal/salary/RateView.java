package dev.mlcareers.portal.salary;

import java.math.BigDecimal;

/**
 * A conversion rate as the pages show it. {@code priceLevelRatio} is set for a
 * purchasing-power rate: the World Bank ratio it was derived from.
 */
public record RateView(String currency, Basis kind, BigDecimal unitsPerUsd, int year, String publisher,
		String publication, String series, BigDecimal priceLevelRatio) {

	static RateView of(ConversionRate rate) {
		return new RateView(rate.getCurrency(), rate.getKind(), rate.getUnitsPerUsd(), rate.getRateYear(),
				rate.getPublisher(), rate.getPublication(), rate.getSeries(), rate.getPriceLevelRatio());
	}

}
