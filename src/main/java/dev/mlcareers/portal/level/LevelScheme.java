package dev.mlcareers.portal.level;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Which of a document's level lists an experience level belongs to. */
public enum LevelScheme implements Coded {

	SALARY_BANDS, RESPONSIBILITIES, WEEK_IN_THE_LIFE, CAREER_STAGES;

	@Converter(autoApply = true)
	public static class LevelSchemeConverter extends CodedEnumConverter<LevelScheme> {

		public LevelSchemeConverter() {
			super(LevelScheme.class);
		}

	}

}
