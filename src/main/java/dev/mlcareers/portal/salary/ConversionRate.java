package dev.mlcareers.portal.salary;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * How many units of a currency match one US dollar, at the market rate or at
 * purchasing-power parity, with the publication it comes from.
 */
@Entity
@Immutable
class ConversionRate {

	@Id
	private Integer id;

	private String currency;

	private Basis kind;

	private BigDecimal unitsPerUsd;

	private int rateYear;

	private String publisher;

	private String publication;

	private String series;

	private BigDecimal priceLevelRatio;

	protected ConversionRate() {
	}

	public String getCurrency() {
		return this.currency;
	}

	public Basis getKind() {
		return this.kind;
	}

	public BigDecimal getUnitsPerUsd() {
		return this.unitsPerUsd;
	}

	public int getRateYear() {
		return this.rateYear;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getPublication() {
		return this.publication;
	}

	public String getSeries() {
		return this.series;
	}

	public BigDecimal getPriceLevelRatio() {
		return this.priceLevelRatio;
	}

}
