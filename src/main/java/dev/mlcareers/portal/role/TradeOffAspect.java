package dev.mlcareers.portal.role;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** The side of working life a trade-off speaks to. */
public enum TradeOffAspect implements Coded {

	MONEY, STABILITY, WORK_LIFE_BALANCE, IDENTITY;

	@Converter(autoApply = true)
	public static class TradeOffAspectConverter extends CodedEnumConverter<TradeOffAspect> {

		public TradeOffAspectConverter() {
			super(TradeOffAspect.class);
		}

	}

}
