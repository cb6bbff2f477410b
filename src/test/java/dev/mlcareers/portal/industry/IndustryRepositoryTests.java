package dev.mlcareers.portal.industry;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class IndustryRepositoryTests {

	@Autowired
	IndustryRepository industries;

	@Autowired
	IndustryUseCaseRepository useCases;

	@Autowired
	EmployerRepository employers;

	@Test
	void holdsTheIndustriesHiringAndTheirUseCases() {
		assertThat(this.industries.findAllByOrderByPosition()).extracting(Industry::getSlug)
			.containsExactly("technology", "finance", "healthcare", "retail-and-e-commerce", "automotive",
					"manufacturing", "agriculture");
		Industry technology = this.industries.findAllByOrderByPosition().get(0);
		assertThat(technology.getHiringSourceIds()).containsExactlyInAnyOrder("career-guide", "job-description");
		Map<String, Long> perIndustry = this.useCases.findAllByOrderByIndustrySlugAscPositionAsc()
			.stream()
			.collect(Collectors.groupingBy(IndustryUseCase::getIndustrySlug, Collectors.counting()));
		assertThat(perIndustry).containsExactlyInAnyOrderEntriesOf(Map.of("technology", 2L, "finance", 5L, "healthcare",
				5L, "retail-and-e-commerce", 5L, "automotive", 3L, "manufacturing", 1L, "agriculture", 1L));
	}

	@Test
	void holdsTheTopEmployersAndTheInternshipExamples() {
		assertThat(this.employers.findAllByOrderByPosition()).extracting(Employer::getName)
			.containsExactly("Google", "Amazon", "Microsoft", "Facebook (Meta)", "NVIDIA", "IBM");
		assertThat(this.employers.findAllByOrderByPosition())
			.filteredOn((employer) -> employer.getMentions()
				.contains(new EmployerMention("education-article", EmployerContext.INTERNSHIP)))
			.extracting(Employer::getSlug)
			.containsExactly("google", "ibm");
	}

}
