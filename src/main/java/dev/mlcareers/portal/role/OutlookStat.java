package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * An outlook figure: what it measures, over what period, and who the document credits.
 */
@Entity
@Immutable
class OutlookStat {

	@Id
	private Integer id;

	private String roleSlug;

	private String sourceId;

	private int position;

	private OutlookKind kind;

	private Integer fromPercent;

	private Integer toPercent;

	private String measure;

	private String period;

	private String citedAs;

	protected OutlookStat() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getRoleSlug() {
		return this.roleSlug;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public int getPosition() {
		return this.position;
	}

	public OutlookKind getKind() {
		return this.kind;
	}

	public Integer getFromPercent() {
		return this.fromPercent;
	}

	public Integer getToPercent() {
		return this.toPercent;
	}

	public String getMeasure() {
		return this.measure;
	}

	public String getPeriod() {
		return this.period;
	}

	public String getCitedAs() {
		return this.citedAs;
	}

}
