package dev.mlcareers.portal.salary;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * How pay is shown: each figure in its own currency, or converted to one unit, at the
 * market exchange rate (US dollars) or at purchasing-power parity (international
 * dollars).
 */
public enum Basis implements Coded {

	LOCAL, MARKET, PPP;

	@Converter(autoApply = true)
	public static class BasisConverter extends CodedEnumConverter<Basis> {

		public BasisConverter() {
			super(Basis.class);
		}

	}

}
