package dev.mlcareers.portal.skill;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RoleSkillRepository extends Repository<RoleSkill, RoleSkill.Key> {

	List<RoleSkill> findByRoleSlug(String roleSlug);

	List<RoleSkill> findBySkillSlug(String skillSlug);

	List<RoleSkill> findAll();

}
