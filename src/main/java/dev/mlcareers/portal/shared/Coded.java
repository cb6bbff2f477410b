package dev.mlcareers.portal.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
		return find(type, code)
			.orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName() + " with code " + code));
	}

	/** The constant with this code, if there is one; {@code null} finds none. */
	static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> constant.code().equals(code)).findFirst();
	}

}
