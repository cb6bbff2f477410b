package dev.mlcareers.portal.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ContentServiceTest
class SourceServiceTests {

	@Autowired
	SourceService sources;

	@Test
	void countsWhatEachDocumentContributedByKind() {
		List<SourceDocument> documents = this.sources.documents();
		assertThat(documents).extracting(SourceDocument::id)
			.containsExactly("career-guide", "job-description", "education-article", "magazine-article",
					"career-profile");
		Map<ContributionKind, Integer> guide = counts(documents.get(0));
		assertThat(guide).containsEntry(ContributionKind.PAY_FIGURES, 4)
			.containsEntry(ContributionKind.RESPONSIBILITIES, 5)
			.containsEntry(ContributionKind.ROADMAP_STEPS, 4)
			.containsEntry(ContributionKind.OUTLOOK_FIGURES, 2);
		Map<ContributionKind, Integer> jobDescription = counts(documents.get(1));
		assertThat(jobDescription).containsEntry(ContributionKind.CERTIFICATIONS, 5)
			.containsEntry(ContributionKind.PAY_FIGURES, 3)
			.containsEntry(ContributionKind.ROADMAP_STEPS, 6);
		Map<ContributionKind, Integer> profile = counts(documents.get(4));
		assertThat(profile).containsEntry(ContributionKind.WEEK_DAYS, 15)
			.containsEntry(ContributionKind.WORK_MIX, 5)
			.containsEntry(ContributionKind.EXAMS, 5)
			.doesNotContainKey(ContributionKind.PAY_FIGURES);
		assertThat(counts(documents.get(2))).containsEntry(ContributionKind.QUESTIONS, 11)
			.containsEntry(ContributionKind.INDUSTRIES, 2)
			.containsEntry(ContributionKind.STEP_OUTCOMES, 11)
			.containsEntry(ContributionKind.STEP_LINKS, 14);
		// Links a document's own step makes; the portal's suggestions count for no one.
		assertThat(jobDescription).containsEntry(ContributionKind.STEP_LINKS, 5);
		assertThat(counts(documents.get(3))).containsEntry(ContributionKind.STEP_LINKS, 24);
	}

	@Test
	void listsContributionsInAFixedOrder() {
		assertThat(this.sources.documents())
			.allSatisfy((document) -> assertThat(document.contributions()).extracting(SourceDocument.Contribution::kind)
				.isSorted());
	}

	private static Map<ContributionKind, Integer> counts(SourceDocument document) {
		return document.contributions()
			.stream()
			.collect(Collectors.toMap(SourceDocument.Contribution::kind, SourceDocument.Contribution::count));
	}

}
