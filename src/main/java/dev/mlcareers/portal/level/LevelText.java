package dev.mlcareers.portal.level;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An experience level's years and label as text, exactly as its document states them:
 * "0–4 years", "7+ years", "Entry level (0–4 years)". The one place that spells levels
 * out; templates reach it as {@code @levelText}.
 */
@Component("levelText")
public class LevelText {

	private final MessageSource messages;

	LevelText(MessageSource messages) {
		this.messages = messages;
	}

	/** The level's years, or that the document gives none. */
	public String years(LevelView level) {
		if (level.minYears() == null) {
			return message("level.years.not-stated");
		}
		if (level.maxYears() == null) {
			return message("level.years.open", level.minYears());
		}
		return message("level.years.range", level.minYears(), level.maxYears());
	}

	/** The level's label with its years. */
	public String label(LevelView level) {
		return message("level.with-years", level.label(), years(level));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
