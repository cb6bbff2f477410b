package dev.mlcareers.portal.salary;

import java.math.BigDecimal;

/**
 * A pay figure as a comparison shows it: the document's band, and its minimum and maximum
 * in the comparison's currency (the band's own under the local basis).
 */
public record ComparedBand(PayBand band, String currency, BigDecimal minimum, BigDecimal maximum) {

	static ComparedBand of(PayBand band, Basis basis, Conversion conversion) {
		return new ComparedBand(band, Conversion.target(band.currency(), basis),
				conversion.convert(band.minimum(), band.currency(), basis),
				conversion.convert(band.maximum(), band.currency(), basis));
	}

	/** Whether the figures here are converted from the document's currency. */
	public boolean converted() {
		return !this.currency.equals(this.band.currency());
	}

}
