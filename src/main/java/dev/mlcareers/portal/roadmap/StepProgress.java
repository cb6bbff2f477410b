package dev.mlcareers.portal.roadmap;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A visitor's status and note for one roadmap step. */
@Entity
class StepProgress {

	@EmbeddedId
	private Key key;

	private StepStatus status;

	private String note;

	private Instant updatedAt;

	protected StepProgress() {
	}

	StepProgress(String visitorId, String roadmapSlug, int stepNumber) {
		this.key = new Key(visitorId, roadmapSlug, stepNumber);
		this.status = StepStatus.NOT_STARTED;
	}

	int getStepNumber() {
		return this.key.stepNumber;
	}

	StepStatus getStatus() {
		return this.status;
	}

	String getNote() {
		return this.note;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void update(StepStatus status, String note, Instant now) {
		this.status = status;
		this.note = (note == null || note.isEmpty()) ? null : note;
		this.updatedAt = now;
	}

	/** Whether the row says nothing a fresh step would not: it can be deleted. */
	boolean isBlank() {
		return this.status == StepStatus.NOT_STARTED && this.note == null;
	}

	@Embeddable
	static class Key implements Serializable {

		private String visitorId;

		private String roadmapSlug;

		private int stepNumber;

		protected Key() {
		}

		Key(String visitorId, String roadmapSlug, int stepNumber) {
			this.visitorId = visitorId;
			this.roadmapSlug = roadmapSlug;
			this.stepNumber = stepNumber;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.stepNumber == key.stepNumber && this.visitorId.equals(key.visitorId)
					&& this.roadmapSlug.equals(key.roadmapSlug);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.visitorId, this.roadmapSlug, this.stepNumber);
		}

	}

}
