package dev.mlcareers.portal.salary;

import java.math.BigDecimal;

import dev.mlcareers.portal.shared.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** A pay figure exactly as one document gives it, in whole units of its currency. */
@Entity
@Immutable
class SalaryBand {

	@Id
	private Integer id;

	private String roleSlug;

	private String sourceId;

	private Region region;

	private String currency;

	private String levelId;

	private Statistic statistic;

	private BigDecimal minAmount;

	private BigDecimal maxAmount;

	private boolean openTop;

	private boolean approximate;

	private PayPeriod payPeriod;

	private String citedAs;

	private int position;

	protected SalaryBand() {
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

	public Region getRegion() {
		return this.region;
	}

	public String getCurrency() {
		return this.currency;
	}

	public String getLevelId() {
		return this.levelId;
	}

	public Statistic getStatistic() {
		return this.statistic;
	}

	public BigDecimal getMinAmount() {
		return this.minAmount;
	}

	public BigDecimal getMaxAmount() {
		return this.maxAmount;
	}

	public boolean isOpenTop() {
		return this.openTop;
	}

	public boolean isApproximate() {
		return this.approximate;
	}

	public PayPeriod getPayPeriod() {
		return this.payPeriod;
	}

	public String getCitedAs() {
		return this.citedAs;
	}

	public int getPosition() {
		return this.position;
	}

}
