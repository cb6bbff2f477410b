package dev.mlcareers.portal.industry;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface IndustryUseCaseRepository extends Repository<IndustryUseCase, Integer> {

	List<IndustryUseCase> findAllByOrderByIndustrySlugAscPositionAsc();

}
