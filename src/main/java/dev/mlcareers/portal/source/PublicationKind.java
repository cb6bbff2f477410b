package dev.mlcareers.portal.source;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** What kind of publication a source document is. */
public enum PublicationKind implements Coded {

	CAREER_GUIDE, JOB_DESCRIPTION, EDUCATION_ARTICLE, MAGAZINE_ARTICLE, CAREER_PROFILE;

	@Converter(autoApply = true)
	public static class PublicationKindConverter extends CodedEnumConverter<PublicationKind> {

		public PublicationKindConverter() {
			super(PublicationKind.class);
		}

	}

}
