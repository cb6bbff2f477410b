package dev.mlcareers.portal.roadmap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import jakarta.persistence.Converter;

/** Where a visitor stands on one roadmap step. */
public enum StepStatus implements Coded {

	NOT_STARTED, IN_PROGRESS, DONE, SKIPPED;

	/** A step the visitor has dealt with: done, or skipped on purpose. */
	public boolean isFinished() {
		return this == DONE || this == SKIPPED;
	}

	/**
	 * The status with this code, or a 400 naming the parameter and the valid codes.
	 */
	static StepStatus fromParameter(String parameter, String code) {
		return find(code).orElseThrow(
				() -> new InvalidChoiceException(parameter, InvalidChoiceException.Problem.UNKNOWN, choices()));
	}

	static Optional<StepStatus> find(String code) {
		return Coded.find(StepStatus.class, code);
	}

	static List<Choice> choices() {
		return Arrays.stream(values())
			.map((status) -> Choice.keyed(status.code(), "roadmap.status." + status.code()))
			.toList();
	}

	@Converter(autoApply = true)
	public static class StepStatusConverter extends CodedEnumConverter<StepStatus> {

		public StepStatusConverter() {
			super(StepStatus.class);
		}

	}

}
