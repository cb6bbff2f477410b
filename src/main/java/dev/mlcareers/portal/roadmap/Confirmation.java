package dev.mlcareers.portal.roadmap;

import dev.mlcareers.portal.shared.Coded;

/**
 * What the page confirms after a save: the form redirects to the page with
 * {@code ?saved=<code>}, so the confirmation needs no session. Other values are ignored.
 */
public enum Confirmation implements Coded {

	STATUS, NOTE, NOTE_REMOVED, IMPORT, RESET, PAIRED, ALREADY_LINKED, UNLINKED, UNLINKED_ITSELF, NOT_LINKED;

	static Confirmation fromParameter(String code) {
		return Coded.find(Confirmation.class, code).orElse(null);
	}

	public String messageKey() {
		return "roadmap.saved." + code();
	}

}
