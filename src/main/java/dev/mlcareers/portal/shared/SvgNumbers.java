package dev.mlcareers.portal.shared;

/**
 * Coordinates for server-drawn SVG, rounded to tenths of a user unit: finer than any
 * screen shows, and short, stable markup.
 */
public final class SvgNumbers {

	private SvgNumbers() {
	}

	/** The value rounded half up to one decimal place. */
	public static double tenths(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
