package dev.mlcareers.portal.shared;

import jakarta.persistence.AttributeConverter;

/**
 * Maps a {@link Coded} enum to its code column. Subclasses exist only to name the enum
 * type, because JPA needs one concrete converter class per attribute type.
 */
public abstract class CodedEnumConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

	private final Class<E> type;

	protected CodedEnumConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(E attribute) {
		return (attribute != null) ? attribute.code() : null;
	}

	@Override
	public E convertToEntityAttribute(String code) {
		return (code != null) ? Coded.fromCode(this.type, code) : null;
	}

}
