package dev.mlcareers.portal.role;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/**
 * The shape of an outlook figure: a change from one value to another, an "up to" ceiling,
 * or words only.
 */
public enum OutlookKind implements Coded {

	CHANGE, UP_TO, QUALITATIVE;

	@Converter(autoApply = true)
	public static class OutlookKindConverter extends CodedEnumConverter<OutlookKind> {

		public OutlookKindConverter() {
			super(OutlookKind.class);
		}

	}

}
