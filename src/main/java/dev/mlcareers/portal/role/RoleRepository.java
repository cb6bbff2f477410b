package dev.mlcareers.portal.role;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface RoleRepository extends Repository<Role, String> {

	List<Role> findAllByOrderByPosition();

	@EntityGraph(attributePaths = "names")
	Optional<Role> findById(String slug);

	long count();

}
