package dev.mlcareers.portal.certification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface CertificationRepository extends Repository<Certification, String> {

	List<Certification> findAllByOrderByPosition();

	Optional<Certification> findById(String slug);

}
