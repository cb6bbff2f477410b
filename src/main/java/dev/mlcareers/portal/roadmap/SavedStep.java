package dev.mlcareers.portal.roadmap;

/** What a visitor has saved for one step: a status and, if they wrote one, a note. */
public record SavedStep(int number, StepStatus status, String note) {

	public boolean hasNote() {
		return this.note != null && !this.note.isEmpty();
	}

}
