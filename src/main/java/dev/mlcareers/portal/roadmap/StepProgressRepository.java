package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StepProgressRepository extends Repository<StepProgress, StepProgress.Key> {

	@Query("select p from StepProgress p where p.key.visitorId = :visitorId and p.key.roadmapSlug = :roadmapSlug order by p.key.stepNumber")
	List<StepProgress> findAll(String visitorId, String roadmapSlug);

	Optional<StepProgress> findById(StepProgress.Key key);

	StepProgress save(StepProgress progress);

	void delete(StepProgress progress);

	@Modifying
	@Query("delete from StepProgress p where p.key.visitorId = :visitorId and p.key.roadmapSlug = :roadmapSlug")
	int deleteAll(String visitorId, String roadmapSlug);

}
