package dev.mlcareers.portal.changes;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHistoryTests {

	static final ContentVersionView FIRST = new ContentVersionView(9, LocalDate.of(2026, 11, 24), "First",
			List.of(new ChangedPage("/", "Home"), new ChangedPage("/roles", "Roles"),
					new ChangedPage("/roles/*", "Every role page")));

	static final ContentVersionView SECOND = new ContentVersionView(13, LocalDate.of(2026, 12, 3), "Second",
			List.of(new ChangedPage("/roles/data-analyst", "Data Analyst")));

	static final List<ContentVersionView> NEWEST_FIRST = List.of(SECOND, FIRST);

	@Test
	void aPageCoversItselfOnlyAndEveryPageUnderAPathCoversWhatIsBelowIt() {
		ChangedPage one = new ChangedPage("/roles/data-analyst", "Data Analyst");
		assertThat(one.everyPageUnder()).isFalse();
		assertThat(one.covers("/roles/data-analyst")).isTrue();
		assertThat(one.covers("/roles/data-analyst/")).isFalse();
		assertThat(one.covers("/roles/data-analyst-2")).isFalse();
		ChangedPage every = new ChangedPage("/roles/*", "Every role page");
		assertThat(every.everyPageUnder()).isTrue();
		assertThat(every.covers("/roles/data-analyst")).isTrue();
		assertThat(every.covers("/roles/compare")).isTrue();
		assertThat(every.covers("/roles")).isFalse();
		assertThat(every.covers("/roles/")).isFalse();
		assertThat(every.covers("/rolesx/a")).isFalse();
	}

	@Test
	void aPagesContentDateIsTheNewestVersionThatChangedIt() {
		assertThat(ContentHistory.asOf(NEWEST_FIRST, "/roles/data-analyst")).contains(LocalDate.of(2026, 12, 3));
		assertThat(ContentHistory.asOf(NEWEST_FIRST, "/roles/data-scientist")).contains(LocalDate.of(2026, 11, 24));
		assertThat(ContentHistory.asOf(NEWEST_FIRST, "/roles")).contains(LocalDate.of(2026, 11, 24));
		assertThat(ContentHistory.asOf(NEWEST_FIRST, "/")).contains(LocalDate.of(2026, 11, 24));
	}

	@Test
	void aPageNoVersionMadeHasNoContentDateAndTheRecordItselfHasTheNewest() {
		assertThat(ContentHistory.asOf(NEWEST_FIRST, "/privacy")).isEmpty();
		assertThat(ContentHistory.asOf(NEWEST_FIRST, "/pair")).isEmpty();
		assertThat(ContentHistory.asOf(NEWEST_FIRST, ContentHistory.PATH)).contains(LocalDate.of(2026, 12, 3));
		assertThat(ContentHistory.asOf(List.of(), ContentHistory.PATH)).isEmpty();
	}

}
