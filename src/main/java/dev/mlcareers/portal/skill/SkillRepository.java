package dev.mlcareers.portal.skill;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface SkillRepository extends Repository<Skill, String> {

	/**
	 * Alphabetical as an English reader expects, capitals aside, and the same on every
	 * database: their collations differ ("MLflow" comes before "MLOps" on PostgreSQL and
	 * after it on H2), so the order is not left to them.
	 */
	Comparator<Skill> BY_NAME = Comparator.comparing(Skill::getName, Collator.getInstance(Locale.ENGLISH))
		.thenComparing(Skill::getSlug);

	List<Skill> findAll();

	Optional<Skill> findById(String slug);

	List<Skill> findByCategory(SkillCategory category);

	/** Every skill, in name order. */
	default List<Skill> findAllInNameOrder() {
		return findAll().stream().sorted(BY_NAME).toList();
	}

	/** The skills of one category, in name order. */
	default List<Skill> findByCategoryInNameOrder(SkillCategory category) {
		return findByCategory(category).stream().sorted(BY_NAME).toList();
	}

}
