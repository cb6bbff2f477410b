package dev.mlcareers.portal.roadmap;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface SourcePathStepRepository extends Repository<SourcePathStep, Integer> {

	List<SourcePathStep> findAllByOrderBySourceIdAscNumberAsc();

}
