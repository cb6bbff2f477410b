package dev.mlcareers.portal.education;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface AlternativePathwayRepository extends Repository<AlternativePathway, Integer> {

	List<AlternativePathway> findAllByOrderByPosition();

}
