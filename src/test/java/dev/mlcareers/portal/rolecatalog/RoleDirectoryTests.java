package dev.mlcareers.portal.rolecatalog;

import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleEntry.DocumentName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(RoleDirectory.class)
class RoleDirectoryTests {

	static final String MLE = "machine-learning-engineer";

	@Autowired
	RoleDirectory roles;

	@Test
	void holdsEveryRoleTheDocumentsNameOnTheCareerLadderWithTheFlagshipFirst() {
		List<RoleRef> all = this.roles.all();
		assertThat(all).extracting(RoleRef::slug)
			.containsExactly(MLE, "junior-machine-learning-engineer", "senior-machine-learning-engineer",
					"machine-learning-specialist", "machine-learning-architect", "software-engineer", "data-analyst",
					"data-scientist", "research-scientist", "ai-product-manager",
					"machine-learning-engineering-manager", "chief-data-scientist", "technical-director");
		assertThat(all).filteredOn(RoleRef::flagship).extracting(RoleRef::slug).containsExactly(MLE);
		assertThat(this.roles.flagship().slug()).isEqualTo(MLE);
		assertThat(all).allSatisfy((role) -> assertThat(role.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
		assertThat(this.roles.bySlug().keySet()).containsExactlyElementsOf(all.stream().map(RoleRef::slug).toList());
	}

	@Test
	void everyRoleIsNamedByAtLeastOneDocument() {
		assertThat(this.roles.entries()).allSatisfy((role) -> assertThat(role.names()).as(role.slug()).isNotEmpty());
		RoleEntry research = this.roles.find("research-scientist").orElseThrow();
		assertThat(research.names()).containsExactlyInAnyOrder(
				new DocumentName("job-description", "AI Research Scientist"),
				new DocumentName("magazine-article", "Research Scientist"));
		assertThat(this.roles.find("no-such-role")).isEmpty();
	}

}
