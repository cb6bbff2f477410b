package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes amounts the way readers expect them: rupees the Indian way (₹7,00,000, or ₹7 LPA
 * in lakhs per annum), dollars as $85,000, and an open top with a plus ("₹25 LPA+"). The
 * patterns come from the message bundle; templates reach this bean as {@code @money}.
 */
@Component("money")
public class MoneyFormatter {

	static final String RUPEE = "INR";

	static final String DOLLAR = "USD";

	/**
	 * International dollars: the unit of purchasing-power parity, pegged to the US
	 * dollar.
	 */
	static final String INTERNATIONAL_DOLLAR = "PPP";

	private final MessageSource messages;

	MoneyFormatter(MessageSource messages) {
		this.messages = messages;
	}

	/** The whole amount: ₹7,00,000 or $85,000. */
	public String full(BigDecimal amount, String currency) {
		return switch (currency) {
			case RUPEE -> message("money.inr", IndianNumberFormat.group(amount));
			case DOLLAR -> message("money.usd", western(amount));
			case INTERNATIONAL_DOLLAR -> message("money.ppp", western(amount));
			default -> throw new IllegalArgumentException("No format for currency " + currency);
		};
	}

	/**
	 * The way each currency is usually quoted for yearly pay: ₹7 LPA, ₹14.5 LPA, $85,000.
	 */
	public String compact(BigDecimal amount, String currency) {
		return RUPEE.equals(currency) ? message("money.inr.lpa", IndianNumberFormat.lakhs(amount))
				: full(amount, currency);
	}

	/**
	 * A band in compact form: one figure for an average, a range otherwise, with its open
	 * top marked.
	 */
	public String band(PayBand band) {
		String top = compact(band.maximum(), band.currency());
		if (band.openTop()) {
			top = message("money.open-top", top);
		}
		if (band.average()) {
			return top;
		}
		return message("money.range", compact(band.minimum(), band.currency()), top);
	}

	/**
	 * A summary in compact form: "₹7 LPA – ₹25 LPA+", or one figure where low and high
	 * agree.
	 */
	public String summary(PaySummary summary) {
		String top = compact(summary.high(), summary.currency());
		if (summary.openTop()) {
			top = message("money.open-top", top);
		}
		return summary.single() ? top : message("money.range", compact(summary.low(), summary.currency()), top);
	}

	private static String western(BigDecimal amount) {
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
