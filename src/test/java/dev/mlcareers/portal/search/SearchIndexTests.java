package dev.mlcareers.portal.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTests {

	static final SearchIndex INDEX = new SearchIndex(List.of(
			new SearchDocument(SearchKind.SKILL, "PyTorch", "A deep learning framework.", "/skills/pytorch"),
			new SearchDocument(SearchKind.SKILL, "Python", "The language of machine learning.", "/skills/python"),
			new SearchDocument(SearchKind.ROLE, "Machine Learning Engineer", "Builds and ships models.",
					"/roles/machine-learning-engineer"),
			new SearchDocument(SearchKind.ROLE, "Machine Learning Engineering Manager", "Leads engineers.",
					"/roles/machine-learning-engineering-manager"),
			new SearchDocument(SearchKind.STEP, "Step 2: Learn Python", "Become fluent in Python & NumPy <arrays>.",
					"/roadmaps/machine-learning-engineer/steps/2"),
			new SearchDocument(SearchKind.PATH, "Education path in Europe", "Résumé, Master’s degree, München.",
					"/paths#eu")));

	@Test
	void ranksATitleMatchAboveAMatchInTheText() {
		SearchResults results = INDEX.search("python");
		assertThat(results.groups()).extracting(SearchGroup::kind).containsExactly(SearchKind.SKILL, SearchKind.STEP);
		assertThat(results.groups().get(0).hits()).extracting(SearchHit::path).containsExactly("/skills/python");
		assertThat(INDEX.search("framework").groups().get(0).hits()).extracting(SearchHit::path)
			.containsExactly("/skills/pytorch");
	}

	@Test
	void ranksAWholeWordAboveAWordItBegins() {
		assertThat(INDEX.search("engineer").groups().get(0).hits()).extracting(SearchHit::path)
			.containsExactly("/roles/machine-learning-engineer", "/roles/machine-learning-engineering-manager");
	}

	@Test
	void findsWholeWordsFromTheirBeginning() {
		assertThat(paths("pytor")).containsExactly("/skills/pytorch");
		assertThat(INDEX.search("pytor").groups().get(0).hits().get(0).titleHtml()).isEqualTo("<mark>PyTorch</mark>");
	}

	@Test
	void ignoresCaseAndAccentsOnBothSides() {
		assertThat(paths("PYTHÖN")).contains("/skills/python");
		assertThat(paths("resume munchen")).containsExactly("/paths#eu");
		assertThat(paths("Résumé")).containsExactly("/paths#eu");
	}

	@Test
	void treatsAbbreviationsAndTheirLongFormAlike() {
		assertThat(paths("ml engineer")).contains("/roles/machine-learning-engineer");
		assertThat(paths("dl")).containsExactly("/skills/pytorch");
	}

	@Test
	void needsEveryWordOfTheQuery() {
		assertThat(paths("python manager")).isEmpty();
	}

	@Test
	void escapesTheContentAndMarksOnlyTheMatches() {
		SearchHit step = INDEX.search("numpy").groups().get(0).hits().get(0);
		assertThat(step.excerptHtml()).isEqualTo("Become fluent in Python &amp; <mark>NumPy</mark> &lt;arrays&gt;.");
		assertThat(step.titleHtml()).isEqualTo("Step 2: Learn Python");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "'; DROP TABLE role; --", "<script>alert(1)</script>", "title:python", "py*",
			"(python", "AND OR NOT", "\\", "🚀", "\u0000", "   ", "?", "~python^3" })
	void answersAnyQueryWithoutFailing(String query) {
		assertThat(INDEX.search(query)).isNotNull();
	}

	@Test
	void findsNothingForAQueryWithoutWords() {
		assertThat(INDEX.search("*** !!!").isEmpty()).isTrue();
		assertThat(INDEX.search("zzzzqqq").isEmpty()).isTrue();
	}

	private static List<String> paths(String query) {
		return INDEX.search(query)
			.groups()
			.stream()
			.flatMap((group) -> group.hits().stream())
			.map(SearchHit::path)
			.toList();
	}

}
