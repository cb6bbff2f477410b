package dev.mlcareers.portal.changes;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ContentVersionRepository extends Repository<ContentVersion, Integer> {

	/** Every version with its pages, newest first, in one statement. */
	@Query("SELECT DISTINCT v FROM ContentVersion v LEFT JOIN FETCH v.pages ORDER BY v.version DESC")
	List<ContentVersion> findAllNewestFirst();

}
