package dev.mlcareers.portal.shared;

import jakarta.persistence.Converter;

/** The regions the documents give facts for. */
public enum Region implements Coded {

	IN, US, EU;

	@Converter(autoApply = true)
	public static class RegionConverter extends CodedEnumConverter<Region> {

		public RegionConverter() {
			super(Region.class);
		}

	}

}
