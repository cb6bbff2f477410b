package dev.mlcareers.portal.skill;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** How skills and tools are grouped. */
public enum SkillCategory implements Coded {

	LANGUAGE, MATHEMATICS, ML_CONCEPT, DEEP_LEARNING, FRAMEWORK, DATA, CLOUD, MLOPS, SOFTWARE_ENGINEERING, SOFT_SKILL;

	@Converter(autoApply = true)
	public static class SkillCategoryConverter extends CodedEnumConverter<SkillCategory> {

		public SkillCategoryConverter() {
			super(SkillCategory.class);
		}

	}

}
