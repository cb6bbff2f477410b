package dev.mlcareers.portal.role;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RoleFactRepository extends Repository<RoleFact, Integer> {

	List<RoleFact> findByRoleSlugOrderByKindAscPositionAsc(String roleSlug);

	long count();

}
