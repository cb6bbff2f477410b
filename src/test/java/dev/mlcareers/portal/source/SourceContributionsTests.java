package dev.mlcareers.portal.source;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * The sources page counts every kind of fact, each by exactly one feature: a kind no
 * feature counts, or two features count, is a mistake in the code, refused before any
 * count is shown.
 */
class SourceContributionsTests {

	@Test
	void refusesAKindNoFeatureCounts() {
		SourceService service = service(List.of(() -> everyKindBut(ContributionKind.EXAMS)));
		assertThatIllegalStateException().isThrownBy(service::documents).withMessageContaining("EXAMS");
	}

	@Test
	void refusesAKindTwoFeaturesCount() {
		SourceService service = service(List.of(() -> everyKindBut(null),
				() -> List.of(SourceContributions.Counted.rowsOf("exam", ContributionKind.EXAMS, "/paths"))));
		assertThatIllegalStateException().isThrownBy(service::documents)
			.withMessageContaining("EXAMS is counted by two features");
	}

	@Test
	void aCountIsOneSelect() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SourceContributions.Counted(ContributionKind.EXAMS, "DELETE FROM exam", "/paths"));
	}

	private static List<SourceContributions.Counted> everyKindBut(ContributionKind left) {
		return Arrays.stream(ContributionKind.values())
			.filter((kind) -> kind != left)
			.map((kind) -> SourceContributions.Counted.rowsOf("t_" + kind.code(), kind, "/"))
			.toList();
	}

	private static SourceService service(List<SourceContributions> contributors) {
		return new SourceService(mock(SourceRepository.class), mock(DataSource.class), contributors);
	}

}
