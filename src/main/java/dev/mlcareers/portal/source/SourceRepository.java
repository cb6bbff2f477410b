package dev.mlcareers.portal.source;

import java.util.List;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface SourceRepository extends Repository<Source, String> {

	List<Source> findAllByOrderByCitationNumber();

}
