package dev.mlcareers.portal.role;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** One of the career's trade-offs. */
@Entity
@Immutable
class TradeOff {

	@Id
	private Integer id;

	private String sourceId;

	private TradeOffAspect aspect;

	private int position;

	private String text;

	protected TradeOff() {
	}

	public Integer getId() {
		return this.id;
	}

	public String getSourceId() {
		return this.sourceId;
	}

	public TradeOffAspect getAspect() {
		return this.aspect;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

}
