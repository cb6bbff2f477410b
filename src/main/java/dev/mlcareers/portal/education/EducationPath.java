package dev.mlcareers.portal.education;

import java.util.List;

import dev.mlcareers.portal.shared.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

/** A country's route into the career: stages with durations, employers and a caution. */
@Entity
@Immutable
class EducationPath {

	@Id
	private Integer id;

	private String sourceId;

	private Region region;

	private int position;

	private String caution;

	@ElementCollection
	@BatchSize(size = 16)
	@CollectionTable(name = "education_path_stage", joinColumns = @JoinColumn(name = "path_id"))
	@OrderBy("position")
	private List<PathStage> stages;

	@ElementCollection
	@BatchSize(size = 16)
	@CollectionTable(name = "education_path_employer", joinColumns = @JoinColumn(name = "path_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "name")
	private List<String> employers;

	protected EducationPath() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public Region getRegion() {
		return this.region;
	}

	public int getPosition() {
		return this.position;
	}

	public String getCaution() {
		return this.caution;
	}

	public List<PathStage> getStages() {
		return this.stages;
	}

	public List<String> getEmployers() {
		return this.employers;
	}

}
