package dev.mlcareers.portal.level;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** A career stage, normalised across the documents' own level names. */
public enum Stage implements Coded {

	ENTRY, EARLY, MID, SENIOR, PEAK;

	@Converter(autoApply = true)
	public static class StageConverter extends CodedEnumConverter<Stage> {

		public StageConverter() {
			super(Stage.class);
		}

	}

}
