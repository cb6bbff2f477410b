package dev.mlcareers.portal.skill;

import java.util.List;

import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.source.SourceRef;

/**
 * Where a visitor stands against what the documents ask of a role: per document, how many
 * of the skills in that document's own list for the role they have; the same over every
 * document's lists together; the skills they lack, most-asked first; and the skills they
 * have, each with how they have it. Counts of documented skills only, never a score.
 *
 * @param role the role checked against
 * @param documents one tally per document that lists skills for the role, in citation
 * order
 * @param overall the tally over the skills any document lists for the role
 * @param missing the role's skills the visitor lacks: named by the most documents first,
 * then by name
 * @param held the role's skills the visitor has, in name order
 * @param elsewhere skills the visitor has that no document lists for the role, in name
 * order
 */
public record SkillCheck(RoleRef role, List<DocumentTally> documents, Tally overall, List<MissingSkill> missing,
		List<HeldSkill> held, List<HeldSkill> elsewhere) {

	public SkillCheck {
		documents = List.copyOf(documents);
		missing = List.copyOf(missing);
		held = List.copyOf(held);
		elsewhere = List.copyOf(elsewhere);
	}

	/** Whether the documents tie any skill to the role. */
	public boolean hasSkills() {
		return this.overall.asked() > 0;
	}

	/** How many of a list of skills the visitor has. */
	public record Tally(int have, int asked) {

		/** The share had, in whole percent rounded down (0 for an empty list). */
		public int percent() {
			return (this.asked == 0) ? 0 : (this.have * 100) / this.asked;
		}

	}

	/**
	 * One document's list of skills for the role, and how many of them the visitor has.
	 */
	public record DocumentTally(SourceRef source, Tally tally) {
	}

	/**
	 * A skill the role asks for that the visitor lacks, the documents that name it, and
	 * the roadmap steps that teach it.
	 */
	public record MissingSkill(SkillLink skill, List<SourceRef> askedBy, List<StepLink> taughtBy) {

		public MissingSkill {
			askedBy = List.copyOf(askedBy);
			taughtBy = List.copyOf(taughtBy);
		}

	}

	/**
	 * A skill the visitor has: whether they said so, and the steps marked done that teach
	 * it (learned on the roadmap); either or both.
	 */
	public record HeldSkill(SkillLink skill, boolean said, List<StepLink> learnedOn) {

		public HeldSkill {
			learnedOn = List.copyOf(learnedOn);
		}

		public boolean learned() {
			return !this.learnedOn.isEmpty();
		}

	}

}
