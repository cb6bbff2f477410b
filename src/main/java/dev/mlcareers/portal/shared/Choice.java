package dev.mlcareers.portal.shared;

/**
 * One valid value of a query parameter, with what it means: either a message key (for
 * fixed choices such as a region) or a text from the content (such as a role's title).
 */
public record Choice(String value, String labelKey, String label) {

	public static Choice keyed(String value, String labelKey) {
		return new Choice(value, labelKey, null);
	}

	public static Choice named(String value, String label) {
		return new Choice(value, null, label);
	}

}
