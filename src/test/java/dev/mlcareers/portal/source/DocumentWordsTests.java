package dev.mlcareers.portal.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the copying check cuts text into words and runs of eight ({@link DocumentWords}).
 */
class DocumentWordsTests {

	@Test
	void comparesWordsWithoutCasePunctuationAccentsOrTheSpellingOfMachineLearning() {
		assertThat(DocumentWords.words("Machine-Learning engineers’ “models”, ML-ready; naïve Bayes!"))
			.containsExactly("ml", "engineers", "models", "ml", "ready", "naive", "bayes");
		assertThat(DocumentWords.runs("Lead the design and architecture of machine learning systems.").values())
			.containsExactly("lead the design and architecture of ml systems");
		assertThat(DocumentWords.runs("Lead the design and architecture of ML systems.").keySet())
			.isEqualTo(DocumentWords.runs("lead THE design, and architecture of Machine Learning systems").keySet());
		assertThat(DocumentWords.runs("Seven words are never a run here.")).isEmpty();
	}

}
