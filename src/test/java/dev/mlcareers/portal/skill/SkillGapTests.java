package dev.mlcareers.portal.skill;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.skill.SkillCheck.DocumentTally;
import dev.mlcareers.portal.skill.SkillCheck.HeldSkill;
import dev.mlcareers.portal.skill.SkillCheck.MissingSkill;
import dev.mlcareers.portal.skill.SkillCheck.Tally;
import dev.mlcareers.portal.skill.SkillGap.Mention;
import dev.mlcareers.portal.source.SourceRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillGapTests {

	static final SourceRef GUIDE = new SourceRef("guide", 1, "Guide");

	static final SourceRef JOB = new SourceRef("job", 2, "Job");

	static final SourceRef PROFILE = new SourceRef("profile", 3, "Profile");

	static final RoleRef ROLE = new RoleRef("engineer", "Engineer", 2, true);

	static final SkillLink DOCKER = new SkillLink("docker", "Docker");

	static final SkillLink GIT = new SkillLink("git", "Git");

	static final SkillLink MATHS = new SkillLink("maths", "Maths");

	static final SkillLink PYTHON = new SkillLink("python", "Python");

	static final SkillLink SQL = new SkillLink("sql", "SQL");

	static final StepLink STEP_2 = new StepLink("road", 2, "Learn Python", GUIDE);

	static final StepLink STEP_5 = new StepLink("road", 5, "Ship it", null);

	/**
	 * Three documents' lists: the job description names every skill but Git, the guide
	 * Docker, Python and SQL (after the profile in the mentions, to show citation order),
	 * the profile Docker and Python; Git is in no list.
	 */
	final SkillGap gap = new SkillGap(List.of(DOCKER, GIT, MATHS, PYTHON, SQL),
			List.of(new Mention("python", JOB), new Mention("docker", PROFILE), new Mention("python", PROFILE),
					new Mention("docker", JOB), new Mention("maths", JOB), new Mention("sql", JOB),
					new Mention("python", GUIDE), new Mention("docker", GUIDE), new Mention("sql", GUIDE)),
			Map.of("docker", List.of(STEP_5), "python", List.of(STEP_2)));

	@Test
	void countsEachDocumentsOwnListInCitationOrderAndEverySkillOnceOverAll() {
		SkillCheck check = this.gap.check(ROLE, Set.of("python", "maths"), Map.of());
		assertThat(check.documents()).containsExactly(new DocumentTally(GUIDE, new Tally(1, 3)),
				new DocumentTally(JOB, new Tally(2, 4)), new DocumentTally(PROFILE, new Tally(1, 2)));
		assertThat(check.overall()).isEqualTo(new Tally(2, 4));
		assertThat(check.overall().percent()).isEqualTo(50);
		assertThat(check.hasSkills()).isTrue();
	}

	@Test
	void namesTheMissingSkillsMostAskedFirstThenByNameWithTheirDocumentsAndSteps() {
		SkillCheck check = this.gap.check(ROLE, Set.of(), Map.of());
		assertThat(check.missing()).extracting(MissingSkill::skill).containsExactly(DOCKER, PYTHON, SQL, MATHS);
		assertThat(check.missing().get(0).askedBy()).containsExactly(GUIDE, JOB, PROFILE);
		assertThat(check.missing().get(0).taughtBy()).containsExactly(STEP_5);
		assertThat(check.missing().get(2).taughtBy()).isEmpty();
		assertThat(check.overall()).isEqualTo(new Tally(0, 4));
	}

	@Test
	void countsASkillLearnedOnTheRoadmapApartFromOneTheVisitorSaid() {
		SkillCheck check = this.gap.check(ROLE, Set.of("sql", "git"),
				Map.of("python", List.of(STEP_2), "sql", List.of(STEP_2)));
		assertThat(check.held()).containsExactly(new HeldSkill(PYTHON, false, List.of(STEP_2)),
				new HeldSkill(SQL, true, List.of(STEP_2)));
		assertThat(check.held().get(0).learned()).isTrue();
		assertThat(check.elsewhere()).containsExactly(new HeldSkill(GIT, true, List.of()));
		assertThat(check.overall()).isEqualTo(new Tally(2, 4));
		assertThat(check.missing()).extracting(MissingSkill::skill).containsExactly(DOCKER, MATHS);
	}

	@Test
	void hasNothingToCountForARoleNoDocumentTiesSkillsTo() {
		SkillCheck check = new SkillGap(List.of(PYTHON), List.of(), Map.of()).check(ROLE, Set.of("python"), Map.of());
		assertThat(check.hasSkills()).isFalse();
		assertThat(check.documents()).isEmpty();
		assertThat(check.overall().percent()).isZero();
		assertThat(check.elsewhere()).extracting(HeldSkill::skill).containsExactly(PYTHON);
	}

}
