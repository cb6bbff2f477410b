package dev.mlcareers.portal.roadmap;

import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.Immutable;

/**
 * A step of the merged roadmap, with what it builds and the document steps it draws on.
 */
@Entity
@Immutable
class RoadmapStep {

	@Id
	private Integer id;

	private String roadmapSlug;

	private int number;

	private String title;

	private String summary;

	private String why;

	@ElementCollection
	@CollectionTable(name = "roadmap_step_origin", joinColumns = @JoinColumn(name = "step_id"))
	@Column(name = "source_path_step_id")
	private Set<Integer> originIds;

	@ElementCollection
	@CollectionTable(name = "roadmap_step_outcome", joinColumns = @JoinColumn(name = "step_id"))
	@OrderBy("position")
	private List<StepOutcome> outcomes;

	@ElementCollection
	@CollectionTable(name = "roadmap_step_skill", joinColumns = @JoinColumn(name = "step_id"))
	@Column(name = "skill_slug")
	private Set<String> skillSlugs;

	@ElementCollection
	@CollectionTable(name = "roadmap_step_certification", joinColumns = @JoinColumn(name = "step_id"))
	@Column(name = "certification_slug")
	private Set<String> certificationSlugs;

	@ElementCollection
	@CollectionTable(name = "roadmap_step_role", joinColumns = @JoinColumn(name = "step_id"))
	@Column(name = "role_slug")
	private Set<String> roleSlugs;

	protected RoadmapStep() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getRoadmapSlug() {
		return this.roadmapSlug;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getWhy() {
		return this.why;
	}

	public Set<Integer> getOriginIds() {
		return this.originIds;
	}

	public List<StepOutcome> getOutcomes() {
		return this.outcomes;
	}

	public Set<String> getSkillSlugs() {
		return this.skillSlugs;
	}

	public Set<String> getCertificationSlugs() {
		return this.certificationSlugs;
	}

	public Set<String> getRoleSlugs() {
		return this.roleSlugs;
	}

}
