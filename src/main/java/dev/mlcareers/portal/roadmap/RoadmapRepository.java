package dev.mlcareers.portal.roadmap;

import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RoadmapRepository extends Repository<Roadmap, String> {

	Optional<Roadmap> findById(String slug);

	Optional<Roadmap> findFirstByRoleSlugOrderBySlug(String roleSlug);

}
