package dev.mlcareers.portal.education;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** The level of degree a document expects. */
public enum DegreeLevel implements Coded {

	DEGREE, BACHELOR, BACHELOR_OR_HIGHER, MASTER_OR_PHD;

	@Converter(autoApply = true)
	public static class DegreeLevelConverter extends CodedEnumConverter<DegreeLevel> {

		public DegreeLevelConverter() {
			super(DegreeLevel.class);
		}

	}

}
