package dev.mlcareers.portal.education;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface DegreeRepository extends Repository<Degree, Integer> {

	List<Degree> findAllByOrderBySourceIdAscPositionAsc();

}
