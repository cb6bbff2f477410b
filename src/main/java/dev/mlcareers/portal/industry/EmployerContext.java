package dev.mlcareers.portal.industry;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Why a document names an employer. */
public enum EmployerContext implements Coded {

	TOP_EMPLOYER, INTERNSHIP;

	@Converter(autoApply = true)
	public static class EmployerContextConverter extends CodedEnumConverter<EmployerContext> {

		public EmployerContextConverter() {
			super(EmployerContext.class);
		}

	}

}
