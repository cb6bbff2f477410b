package dev.mlcareers.portal.source;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
class SourceRepositoryTests {

	@Autowired
	SourceRepository sources;

	@Test
	void holdsTheFiveDocumentsWithAuthorAndDateWhereTheTextGivesThem() {
		assertThat(this.sources.findAllByOrderByCitationNumber())
			.extracting(Source::getId, Source::getFileName, Source::getPublicationKind, Source::getAuthor,
					Source::getUpdatedOn)
			.containsExactly(
					tuple("career-guide", "000_3c8f27ef6018dc0f.txt", PublicationKind.CAREER_GUIDE, null, null),
					tuple("job-description", "001_19884573a2c28a3f.txt", PublicationKind.JOB_DESCRIPTION, null, null),
					tuple("education-article", "002_6f87a89f1ca7af09.txt", PublicationKind.EDUCATION_ARTICLE,
							"Kechit Goyal", LocalDate.of(2025, 2, 25)),
					tuple("magazine-article", "003_cdc73d056404f2ea.txt", PublicationKind.MAGAZINE_ARTICLE,
							"Jayita Gulati", null),
					tuple("career-profile", "004_2f4735a6f4abd0bd.txt", PublicationKind.CAREER_PROFILE, null, null));
	}

}
