package dev.mlcareers.portal.source;

import java.time.LocalDate;
import java.util.List;

import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.shared.Breadcrumbs;
import dev.mlcareers.portal.system.SecurityConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SourceController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class, Breadcrumbs.class })
class SourceControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SourceService sources;

	@Test
	void presentsEachDocumentWithWhatItContributedAndWhatWasLeftOut() {
		given(this.sources.documents()).willReturn(List.of(new SourceDocument("education-article", 3, "An article",
				"What Does It Do?", PublicationKind.EDUCATION_ARTICLE, "upGrad", "Kechit Goyal",
				LocalDate.of(2025, 2, 25), "002.txt", "It contributes duties.", "Advertising.",
				List.of(new SourceDocument.Contribution(ContributionKind.CORE_DUTIES, 7,
						"/roles/machine-learning-engineer#duties"),
						new SourceDocument.Contribution(ContributionKind.PAY_FIGURES, 1, "/salaries")))));
		assertThat(this.mvc.get().uri("/sources")).hasStatusOk()
			.bodyText()
			.contains("<article class=\"source\" id=\"education-article\"")
			.contains("[3] An article")
			.contains("Article by an online-education company")
			.contains("Kechit Goyal")
			.contains("<time datetime=\"2025-02-25\">Updated 25 February 2025</time>")
			.contains("<a href=\"/roles/machine-learning-engineer#duties\">7 core duties</a>")
			.contains("<a href=\"/salaries\">one pay figure</a>")
			.contains("Advertising.");
	}

}
