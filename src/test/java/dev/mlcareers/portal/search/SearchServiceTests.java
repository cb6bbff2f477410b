package dev.mlcareers.portal.search;

import java.util.List;

import dev.mlcareers.portal.system.ClockConfig;
import dev.mlcareers.portal.system.DatabaseBulkhead;
import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.roadmap.StepTopicNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The index over the real content: every kind of page is reachable. */
@DataJpaTest(includeFilters = { @Filter(Service.class),
		@Filter(type = FilterType.REGEX, pattern = "dev\\.mlcareers\\.portal\\.role\\.RoleFacts"),
		@Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { DatabaseBulkhead.class, StepTopicNames.class, FlagshipJourney.class, ClockConfig.class }) })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class SearchServiceTests {

	@Autowired
	SearchService search;

	@Test
	void reachesEveryKindOfContent() {
		assertThat(paths("pytorch")).contains("/skills/pytorch", "/roadmaps/machine-learning-engineer/steps/6");
		assertThat(paths("machine learning engineer")).startsWith("/roles/machine-learning-engineer");
		assertThat(paths("google professional"))
			.contains("/certifications/google-professional-machine-learning-engineer");
		assertThat(paths("healthcare")).contains("/roles/machine-learning-engineer#industries");
		assertThat(paths("GATE")).contains("/paths#in");
		assertThat(paths("bootcamps")).contains("/paths#alternatives");
		assertThat(paths("mlops deployment")).contains("/roadmaps/machine-learning-engineer/steps/9");
	}

	@Test
	void refusesOverlongQueries() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.search.search("x".repeat(201)));
	}

	private List<String> paths(String query) {
		return this.search.search(query)
			.groups()
			.stream()
			.flatMap((group) -> group.hits().stream())
			.map(SearchHit::path)
			.toList();
	}

}
