package dev.mlcareers.portal.level;

import dev.mlcareers.portal.source.SourceRef;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class LevelTextTests {

	static final SourceRef SOURCE = new SourceRef("career-guide", 1, "Career guide");

	final LevelText text = new LevelText(messages());

	@Test
	void writesTheYearsAsTheDocumentStatesThem() {
		assertThat(this.text.years(level("Entry level", 0, 4))).isEqualTo("0–4 years");
		assertThat(this.text.years(level("Senior level", 7, null))).isEqualTo("7+ years");
		assertThat(this.text.years(level("Senior", null, null))).isEqualTo("years not stated");
	}

	@Test
	void writesTheLabelWithItsYears() {
		assertThat(this.text.label(level("Entry level", 0, 4))).isEqualTo("Entry level (0–4 years)");
		assertThat(this.text.label(level("Senior", null, null))).isEqualTo("Senior (years not stated)");
	}

	static LevelView level(String label, Integer min, Integer max) {
		return new LevelView("id", LevelScheme.SALARY_BANDS, Stage.ENTRY, label, min, max, null, SOURCE);
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
