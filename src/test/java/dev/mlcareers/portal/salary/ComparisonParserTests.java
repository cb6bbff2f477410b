package dev.mlcareers.portal.salary;

import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.Choice;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import dev.mlcareers.portal.shared.InvalidChoiceException.Problem;
import dev.mlcareers.portal.shared.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ComparisonParserTests {

	final ComparisonParser parser = new ComparisonParser(SalaryFixtures.choices(), "machine-learning-engineer");

	@Test
	void defaultsToTheFlagshipInEveryRegionInLocalCurrencyAtAllLevels() {
		assertThat(this.parser.parse(Map.of()))
			.isEqualTo(new Comparison("machine-learning-engineer", List.of(Region.IN, Region.US), Basis.LOCAL, null));
	}

	@Test
	void readsEveryParameter() {
		Comparison comparison = this.parser.parse(Map.of("role", List.of("data-scientist"), "regions", List.of("us"),
				"basis", List.of("ppp"), "level", List.of("senior")));
		assertThat(comparison).isEqualTo(new Comparison("data-scientist", List.of(Region.US), Basis.PPP, Stage.SENIOR));
	}

	@Test
	void acceptsARoleWithoutPayFigures() {
		assertThat(this.parser.parse(Map.of("role", List.of("technical-director"))).role())
			.isEqualTo("technical-director");
	}

	@Test
	void treatsEmptyValuesAsAbsent() {
		assertThat(this.parser
			.parse(Map.of("role", List.of(""), "regions", List.of("", ""), "basis", List.of(""), "level", List.of(""))))
			.isEqualTo(this.parser.parse(Map.of()));
	}

	@Test
	void putsRegionsInDisplayOrderAndCountsARepeatOnce() {
		assertThat(this.parser.parse(Map.of("regions", List.of("us", "in", "us"))).regions()).containsExactly(Region.IN,
				Region.US);
	}

	@Test
	void countsTheSameSingleValueGivenTwiceOnce() {
		assertThat(this.parser.parse(Map.of("basis", List.of("market", "market"))).basis()).isEqualTo(Basis.MARKET);
	}

	@Test
	void refusesTwoDifferentValuesForASingleValuedParameter() {
		assertThatExceptionOfType(InvalidChoiceException.class)
			.isThrownBy(() -> this.parser.parse(Map.of("basis", List.of("ppp", "market"))))
			.satisfies((ex) -> {
				assertThat(ex.getParameter()).isEqualTo("basis");
				assertThat(ex.getProblem()).isEqualTo(Problem.CONFLICTING);
				assertThat(ex.getChoices()).extracting(Choice::value).containsExactly("local", "market", "ppp");
			});
		assertThatExceptionOfType(InvalidChoiceException.class)
			.isThrownBy(() -> this.parser.parse(Map.of("role", List.of("data-scientist", "machine-learning-engineer"))))
			.extracting(InvalidChoiceException::getParameter)
			.isEqualTo("role");
	}

	@Test
	void refusesUnknownValuesNamingTheChoices() {
		assertUnknown("role", "astronaut", "machine-learning-engineer", "data-scientist", "technical-director");
		assertUnknown("regions", "eu", "in", "us");
		assertUnknown("basis", "gold", "local", "market", "ppp");
		assertUnknown("level", "peak", "entry", "senior");
		assertUnknown("level", "ENTRY", "entry", "senior");
		assertUnknown("role", "<script>alert(1)</script>", "machine-learning-engineer", "data-scientist",
				"technical-director");
	}

	@Test
	void refusesAnUnknownRegionEvenBesideAKnownOne() {
		assertThatExceptionOfType(InvalidChoiceException.class)
			.isThrownBy(() -> this.parser.parse(Map.of("regions", List.of("in", "in,us"))))
			.extracting(InvalidChoiceException::getParameter)
			.isEqualTo("regions");
	}

	@Test
	void ignoresParametersItDoesNotKnow() {
		assertThat(this.parser.parse(Map.of("utm_source", List.of("newsletter"))))
			.isEqualTo(this.parser.parse(Map.of()));
	}

	@Test
	void writesOneCanonicalQueryForEverySpellingOfAComparison() {
		Comparison comparison = this.parser.parse(Map.of("level", List.of("entry"), "basis", List.of("ppp"), "regions",
				List.of("in", "in", ""), "role", List.of("data-scientist"), "utm_source", List.of("x")));
		String query = this.parser.canonicalQuery(comparison);
		assertThat(query).isEqualTo("role=data-scientist&regions=in&basis=ppp&level=entry");
		assertThat(this.parser.parse(parameters(query))).isEqualTo(comparison);
		assertThat(this.parser.canonicalQuery(this.parser.parse(Map.of()))).isEmpty();
		assertThat(this.parser.canonicalQuery(this.parser.parse(Map.of("regions", List.of("us", "in"), "basis",
				List.of("local"), "role", List.of("machine-learning-engineer")))))
			.as("defaults are left out")
			.isEmpty();
		assertThat(this.parser
			.canonicalQuery(this.parser.parse(Map.of("regions", List.of("us"), "basis", List.of("market")))))
			.isEqualTo("regions=us&basis=market");
	}

	private static Map<String, List<String>> parameters(String query) {
		Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.computeIfAbsent(parts[0], (name) -> new java.util.ArrayList<>()).add(parts[1]);
		}
		return parameters;
	}

	private void assertUnknown(String parameter, String value, String... choices) {
		assertThatExceptionOfType(InvalidChoiceException.class)
			.isThrownBy(() -> this.parser.parse(Map.of(parameter, List.of(value))))
			.satisfies((ex) -> {
				assertThat(ex.getParameter()).isEqualTo(parameter);
				assertThat(ex.getProblem()).isEqualTo(Problem.UNKNOWN);
				assertThat(ex.getChoices()).extracting(Choice::value).containsExactly(choices);
				assertThat(ex.getMessage()).doesNotContain(value);
			});
	}

}
