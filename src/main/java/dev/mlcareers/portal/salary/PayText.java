package dev.mlcareers.portal.salary;

import dev.mlcareers.portal.level.LevelText;
import dev.mlcareers.portal.level.LevelView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Short texts about a pay figure that SVG labels need as plain strings (an HTML page can
 * use the level fragments instead). Templates reach this bean as {@code @payText}.
 */
@Component("payText")
public class PayText {

	private final MessageSource messages;

	private final LevelText levels;

	PayText(MessageSource messages, LevelText levels) {
		this.messages = messages;
		this.levels = levels;
	}

	/**
	 * What a figure covers: its level's years as the document states them ("0–4 years",
	 * "7+ years"), or "average" or "all levels" for a figure not split by level.
	 */
	public String scope(PayBand band) {
		LevelView level = band.level();
		if (level == null) {
			return message(band.average() ? "salaries.chart.row.average" : "salaries.chart.row.overall");
		}
		return this.levels.years(level);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
