package dev.mlcareers.portal.rolecatalog;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** The track a role belongs to. */
public enum Track implements Coded {

	ENGINEERING, SCIENCE, PRODUCT, LEADERSHIP;

	@Converter(autoApply = true)
	public static class TrackConverter extends CodedEnumConverter<Track> {

		public TrackConverter() {
			super(Track.class);
		}

	}

}
