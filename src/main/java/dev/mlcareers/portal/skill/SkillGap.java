package dev.mlcareers.portal.skill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.skill.SkillCheck.DocumentTally;
import dev.mlcareers.portal.skill.SkillCheck.HeldSkill;
import dev.mlcareers.portal.skill.SkillCheck.MissingSkill;
import dev.mlcareers.portal.skill.SkillCheck.Tally;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

/**
 * Works out a {@link SkillCheck}: plain counting over what the documents list, what the
 * visitor said they have, and what the steps they marked done teach.
 *
 * @param skills every skill, in name order
 * @param mentions the documents' mentions of the role's skills: which document names
 * which skill
 * @param teaching the roadmap steps that teach each skill, by skill slug, in roadmap
 * order
 */
public record SkillGap(List<SkillLink> skills, List<Mention> mentions, Map<String, List<StepLink>> teaching) {

	public SkillGap {
		skills = List.copyOf(skills);
		mentions = List.copyOf(mentions);
		teaching = Map.copyOf(teaching);
	}

	/** A document naming a skill for the role. */
	public record Mention(String skillSlug, SourceRef source) {
	}

	/**
	 * Where a visitor with these skills stands against the role.
	 * @param role the role the mentions are of
	 * @param said the skills the visitor said they have
	 * @param learned the skills the steps they marked done teach, each with those steps
	 */
	public SkillCheck check(RoleRef role, Set<String> said, Map<String, List<StepLink>> learned) {
		Map<String, List<SourceRef>> askedBy = new LinkedHashMap<>();
		Map<SourceRef, Set<String>> lists = new LinkedHashMap<>();
		for (Mention mention : this.mentions) {
			askedBy.computeIfAbsent(mention.skillSlug(), (slug) -> new ArrayList<>()).add(mention.source());
			lists.computeIfAbsent(mention.source(), (source) -> new LinkedHashSet<>()).add(mention.skillSlug());
		}
		List<DocumentTally> documents = SourceCatalog.inCitationOrder(lists.keySet())
			.stream()
			.map((source) -> new DocumentTally(source, tally(lists.get(source), said, learned)))
			.toList();
		List<MissingSkill> missing = new ArrayList<>();
		List<HeldSkill> held = new ArrayList<>();
		List<HeldSkill> elsewhere = new ArrayList<>();
		for (SkillLink skill : this.skills) {
			boolean has = has(skill.slug(), said, learned);
			List<SourceRef> documentsNaming = askedBy.get(skill.slug());
			if (has) {
				HeldSkill holding = new HeldSkill(skill, said.contains(skill.slug()),
						learned.getOrDefault(skill.slug(), List.of()));
				((documentsNaming != null) ? held : elsewhere).add(holding);
			}
			else if (documentsNaming != null) {
				missing.add(new MissingSkill(skill, SourceCatalog.inCitationOrder(documentsNaming),
						this.teaching.getOrDefault(skill.slug(), List.of())));
			}
		}
		// Stable: skills named by as many documents stay in name order.
		missing.sort(Comparator.comparingInt((MissingSkill skill) -> skill.askedBy().size()).reversed());
		return new SkillCheck(role, documents, tally(askedBy.keySet(), said, learned), missing, held, elsewhere);
	}

	private static Tally tally(Set<String> asked, Set<String> said, Map<String, List<StepLink>> learned) {
		int have = (int) asked.stream().filter((slug) -> has(slug, said, learned)).count();
		return new Tally(have, asked.size());
	}

	private static boolean has(String slug, Set<String> said, Map<String, List<StepLink>> learned) {
		return said.contains(slug) || learned.containsKey(slug);
	}

}
