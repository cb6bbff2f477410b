package dev.mlcareers.portal.education;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** What an education note is about. */
public enum EducationTopic implements Coded {

	CERTIFICATION;

	@Converter(autoApply = true)
	public static class EducationTopicConverter extends CodedEnumConverter<EducationTopic> {

		public EducationTopicConverter() {
			super(EducationTopic.class);
		}

	}

}
