package dev.mlcareers.portal.salary;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.CodedEnumConverter;
import jakarta.persistence.Converter;

/** Whether a pay figure is a range or an average. */
public enum Statistic implements Coded {

	RANGE, AVERAGE;

	@Converter(autoApply = true)
	public static class StatisticConverter extends CodedEnumConverter<Statistic> {

		public StatisticConverter() {
			super(Statistic.class);
		}

	}

}
