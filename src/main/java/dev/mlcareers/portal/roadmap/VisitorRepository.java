package dev.mlcareers.portal.roadmap;

import org.springframework.data.repository.Repository;

interface VisitorRepository extends Repository<Visitor, String> {

	boolean existsById(String id);

	Visitor save(Visitor visitor);

}
