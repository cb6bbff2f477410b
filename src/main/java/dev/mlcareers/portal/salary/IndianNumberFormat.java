package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written the Indian way: the last three digits, then groups of two (7,00,000;
 * 1,46,00,000), and amounts in lakhs (one lakh is 1,00,000).
 */
public final class IndianNumberFormat {

	static final BigDecimal LAKH = BigDecimal.valueOf(100_000);

	private IndianNumberFormat() {
	}

	/** A whole amount with Indian digit grouping; fractions are rounded half up first. */
	public static String group(BigDecimal amount) {
		String digits = amount.setScale(0, RoundingMode.HALF_UP).abs().toPlainString();
		String sign = (amount.signum() < 0) ? "-" : "";
		if (digits.length() <= 3) {
			return sign + digits;
		}
		StringBuilder grouped = new StringBuilder(digits.substring(digits.length() - 3));
		for (int end = digits.length() - 3; end > 0; end -= 2) {
			grouped.insert(0, digits.substring(Math.max(0, end - 2), end) + ",");
		}
		return sign + grouped;
	}

	/**
	 * The amount in lakhs, to at most two decimal places and without trailing zeros:
	 * 14.5, 7, 19.7.
	 */
	public static String lakhs(BigDecimal amount) {
		BigDecimal inLakhs = amount.divide(LAKH, 2, RoundingMode.HALF_UP).stripTrailingZeros();
		return (inLakhs.scale() < 0) ? inLakhs.setScale(0).toPlainString() : inLakhs.toPlainString();
	}

}
