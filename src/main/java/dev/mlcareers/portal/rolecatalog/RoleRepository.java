package dev.mlcareers.portal.rolecatalog;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RoleRepository extends Repository<Role, String> {

	@EntityGraph(attributePaths = "names")
	List<Role> findAllByOrderByPosition();

}
