package dev.mlcareers.portal.industry;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface IndustryRepository extends Repository<Industry, String> {

	@EntityGraph(attributePaths = "hiringSourceIds")
	List<Industry> findAllByOrderByPosition();

}
