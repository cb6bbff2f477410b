package dev.mlcareers.portal.skill;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class SkillRepositoryTests {

	@Autowired
	SkillRepository skills;

	@Autowired
	RoleSkillRepository roleSkills;

	@Test
	void everySkillIsNamedForARoleByAtLeastOneDocument() {
		List<Skill> all = this.skills.findAllInNameOrder();
		assertThat(all).hasSize(61);
		Set<String> linked = this.roleSkills.findByRoleSlug("machine-learning-engineer")
			.stream()
			.map(RoleSkill::getSkillSlug)
			.collect(Collectors.toSet());
		assertThat(all).extracting(Skill::getSlug).allSatisfy((slug) -> assertThat(linked).contains(slug));
	}

	@Test
	void ordersByNameAlphabeticallyCapitalsAsideTheSameOnEveryDatabase() {
		List<String> names = this.skills.findAllInNameOrder().stream().map(Skill::getName).toList();
		assertThat(names).isSortedAccordingTo((Comparator) Collator.getInstance(Locale.ENGLISH));
		assertThat(names.indexOf("MLflow")).isLessThan(names.indexOf("MLOps"));
		assertThat(this.skills.findByCategoryInNameOrder(SkillCategory.MLOPS)).extracting(Skill::getName)
			.containsSubsequence("MLflow", "MLOps");
	}

	@Test
	void coversEveryCategory() {
		assertThat(this.skills.findAllInNameOrder()).extracting(Skill::getCategory)
			.containsAll(EnumSet.allOf(SkillCategory.class));
	}

	@Test
	void knowsWhichDocumentsNameEachSkill() {
		assertThat(this.roleSkills.findBySkillSlug("python")).extracting(RoleSkill::getSourceId)
			.containsExactlyInAnyOrder("career-guide", "job-description", "education-article", "magazine-article");
		assertThat(this.roleSkills.findBySkillSlug("apache-kafka")).extracting(RoleSkill::getSourceId)
			.containsExactly("career-profile");
	}

	@Test
	void keepsTheEducationArticlesTenSkillExamples() {
		assertThat(this.roleSkills.findByRoleSlug("machine-learning-engineer"))
			.filteredOn((link) -> link.getExample() != null)
			.hasSize(10)
			.allSatisfy((link) -> assertThat(link.getSourceId()).isEqualTo("education-article"));
	}

}
