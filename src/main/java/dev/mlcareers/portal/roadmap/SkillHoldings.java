package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The skills a visitor has, kept apart by how: those they said they have (the skills
 * check's "Remember my skills"), and those the roadmap steps they marked done teach, each
 * with those steps in roadmap order. A skill may be both.
 *
 * @param said the slugs of the skills the visitor said they have
 * @param learned by skill slug, the steps marked done that teach it
 */
public record SkillHoldings(Set<String> said, Map<String, List<StepLink>> learned) {

	public SkillHoldings {
		said = Set.copyOf(said);
		learned = Map.copyOf(learned);
	}

	/** A visitor who has saved nothing. */
	public static SkillHoldings none() {
		return new SkillHoldings(Set.of(), Map.of());
	}

	/** Whether the visitor has the skill, either way. */
	public boolean has(String slug) {
		return this.said.contains(slug) || this.learned.containsKey(slug);
	}

	/** Whether the visitor has any skill, either way. */
	public boolean isEmpty() {
		return this.said.isEmpty() && this.learned.isEmpty();
	}

	/** The slugs of every skill the visitor has, in slug order. */
	public Set<String> all() {
		Set<String> all = new TreeSet<>(this.said);
		all.addAll(this.learned.keySet());
		return all;
	}

}
