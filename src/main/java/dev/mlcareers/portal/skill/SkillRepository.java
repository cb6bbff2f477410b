package dev.mlcareers.portal.skill;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface SkillRepository extends Repository<Skill, String> {

	List<Skill> findAllByOrderByName();

	Optional<Skill> findById(String slug);

	List<Skill> findByCategoryOrderByName(SkillCategory category);

}
