package dev.mlcareers.portal.role;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ResponsibilityRepository extends Repository<Responsibility, Integer> {

	List<Responsibility> findByRoleSlugOrderBySourceIdAscPositionAsc(String roleSlug);

}
