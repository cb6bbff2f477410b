package dev.mlcareers.portal.skill;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface RoleSkillRepository extends Repository<RoleSkill, RoleSkill.Key> {

	List<RoleSkill> findByRoleSlug(String roleSlug);

	List<RoleSkill> findBySkillSlug(String skillSlug);

	List<RoleSkill> findAll();

	/**
	 * Role titles, without a compile-time dependency on the role feature (which depends
	 * on this one).
	 */
	@Query("select new dev.mlcareers.portal.skill.RoleTitle(r.slug, r.title) from Role r where r.slug in :slugs order by r.position")
	List<RoleTitle> findRoleTitles(Collection<String> slugs);

}
