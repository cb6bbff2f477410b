package dev.mlcareers.portal.roadmap;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface VisitorRepository extends Repository<Visitor, String> {

	boolean existsById(String id);

	Visitor save(Visitor visitor);

	/**
	 * Locks the visitor's row until the transaction ends, so that saves which replace a
	 * whole set of the visitor's rows (their skills) run one after another.
	 */
	@Query(value = "SELECT id FROM visitor WHERE id = :id FOR UPDATE", nativeQuery = true)
	Optional<String> lock(String id);

}
