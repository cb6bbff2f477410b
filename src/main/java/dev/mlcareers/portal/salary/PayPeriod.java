package dev.mlcareers.portal.salary;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** The period a pay figure covers. */
public enum PayPeriod implements Coded {

	YEAR;

	@Converter(autoApply = true)
	public static class PayPeriodConverter extends CodedEnumConverter<PayPeriod> {

		public PayPeriodConverter() {
			super(PayPeriod.class);
		}

	}

}
