package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ContentServiceTest
class SkillServiceTests {

	@Autowired
	SkillService skills;

	@Test
	void groupsEverySkillByCategoryInTheCategoriesOrder() {
		List<SkillGroup<SkillSummary>> index = this.skills.index();
		assertThat(index).extracting(SkillGroup::category).containsExactly(SkillCategory.values());
		assertThat(index.stream().mapToInt((group) -> group.skills().size()).sum()).isEqualTo(61);
		SkillSummary python = index.get(0)
			.skills()
			.stream()
			.filter((skill) -> skill.slug().equals("python"))
			.findFirst()
			.orElseThrow();
		assertThat(python.documentCount()).isEqualTo(4);
	}

	@Test
	void linksASkillToTheRolesThatNeedItAndTheStepsThatTeachIt() {
		SkillPage python = this.skills.page("python").orElseThrow();
		assertThat(python.category()).isEqualTo(SkillCategory.LANGUAGE);
		assertThat(python.namedBy()).extracting(SourceRef::number).containsExactly(1, 2, 3, 4);
		assertThat(python.examples()).singleElement()
			.satisfies((example) -> assertThat(example.source().id()).isEqualTo("education-article"));
		assertThat(python.roles()).extracting((need) -> need.role().slug())
			.containsExactly("machine-learning-engineer");
		assertThat(python.steps()).extracting(StepLink::number).containsExactly(2);
		assertThat(python.sameCategory()).extracting(SkillLink::slug).containsExactly("c-plus-plus", "java", "r");
	}

	@Test
	void givesEachRoleItsSkillsGroupedByCategory() {
		List<SkillGroup<RoleSkillView>> groups = this.skills.forRole("machine-learning-engineer");
		assertThat(groups.stream().mapToInt((group) -> group.skills().size()).sum()).isEqualTo(61);
		assertThat(this.skills.forRole("technical-director")).isEmpty();
	}

	@Test
	void findsNothingForAnUnknownSkill() {
		assertThat(this.skills.page("cobol")).isEmpty();
	}

}
