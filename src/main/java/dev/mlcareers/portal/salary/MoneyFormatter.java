package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BiFunction;

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
		return range(band.minimum(), band.maximum(), band.currency(), band.openTop(), band.average(), this::compact);
	}

	/** A band with every digit written out: ₹7,00,000 – ₹12,00,000. */
	public String fullBand(PayBand band) {
		return range(band.minimum(), band.maximum(), band.currency(), band.openTop(), band.average(), this::full);
	}

	/** A band in a comparison's currency, in compact form. */
	public String compared(ComparedBand band) {
		return range(band.minimum(), band.maximum(), band.currency(), band.band().openTop(), band.band().average(),
				this::compact);
	}

	/**
	 * A summary in compact form: "₹7 LPA – ₹25 LPA+", or one figure where low and high
	 * agree.
	 */
	public String summary(PaySummary summary) {
		return range(summary.low(), summary.high(), summary.currency(), summary.openTop(), summary.single(),
				this::compact);
	}

	/** A short axis label: ₹10L, $50k, Int$50k; zero as ₹0, $0, Int$0. */
	public String tick(BigDecimal amount, String currency) {
		if (amount.signum() == 0) {
			return full(amount, currency);
		}
		return switch (currency) {
			case RUPEE -> message("money.inr.tick", IndianNumberFormat.lakhs(amount));
			case DOLLAR -> message("money.usd.tick", thousands(amount));
			case INTERNATIONAL_DOLLAR -> message("money.ppp.tick", thousands(amount));
			default -> throw new IllegalArgumentException("No format for currency " + currency);
		};
	}

	/** The currency's name, for captions: "Indian rupees". */
	public String currencyName(String currency) {
		return message("currency." + currency);
	}

	private String range(BigDecimal minimum, BigDecimal maximum, String currency, boolean openTop, boolean single,
			BiFunction<BigDecimal, String, String> format) {
		String top = format.apply(maximum, currency);
		if (openTop) {
			top = message("money.open-top", top);
		}
		return single ? top : message("money.range", format.apply(minimum, currency), top);
	}

	private static String thousands(BigDecimal amount) {
		return amount.divide(BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString();
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
