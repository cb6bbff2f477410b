package dev.mlcareers.portal.role;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface FaqRepository extends Repository<Faq, Integer> {

	@EntityGraph(attributePaths = "answerSourceIds")
	List<Faq> findByRoleSlugOrderByPosition(String roleSlug);

}
