package dev.mlcareers.portal.roadmap;

import java.util.List;

/**
 * The names of what roadmap steps link to, from the feature that owns them: the skills
 * feature names skills, the certifications feature certifications. The roadmap keeps only
 * the links (a step, a slug, the document that makes the link) and asks the owner for the
 * names, so it never reads another feature's tables.
 */
public interface StepTopicNames {

	Topic topic();

	/** Every name, in the order a step lists them. */
	List<Named> namesInOrder();

	/** A skill or certification, by its slug and name. */
	record Named(String slug, String name) {
	}

	/** What a step links to. */
	enum Topic {

		SKILL, CERTIFICATION

	}

}
