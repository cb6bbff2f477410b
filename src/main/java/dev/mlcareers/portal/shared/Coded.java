package dev.mlcareers.portal.shared;

import java.util.Locale;

/**
 * An enum stored and shown in URLs as a lowercase kebab-case code:
 * {@code WORK_LIFE_BALANCE} is {@code work-life-balance}.
 */
public interface Coded {

	String name();

	default String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
		for (E constant : type.getEnumConstants()) {
			if (constant.code().equals(code)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("No " + type.getSimpleName() + " with code " + code);
	}

}
