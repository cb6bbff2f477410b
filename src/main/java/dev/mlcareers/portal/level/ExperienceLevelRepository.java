package dev.mlcareers.portal.level;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ExperienceLevelRepository extends Repository<ExperienceLevel, String> {

	List<ExperienceLevel> findAllByOrderBySourceIdAscSchemeAscPositionAsc();

}
