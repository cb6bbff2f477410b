package dev.mlcareers.portal.role;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** What a statement about a role describes. */
public enum RoleFactKind implements Coded {

	OVERVIEW, WORK_ENVIRONMENT;

	@Converter(autoApply = true)
	public static class RoleFactKindConverter extends CodedEnumConverter<RoleFactKind> {

		public RoleFactKindConverter() {
			super(RoleFactKind.class);
		}

	}

}
