package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts yearly pay between currencies. The rule for rounding lives here and nowhere
 * else: an amount converted from another currency is rounded half up to the nearest
 * {@link #ROUNDING_STEP} units of the target, because the rates cannot carry more
 * precision than that; an amount already in US dollars is kept exactly as given.
 * <p>
 * At the market rate the target is the US dollar. At purchasing-power parity it is the
 * international dollar, which by definition buys in each country what one US dollar buys
 * in the United States, so US amounts carry over one for one.
 */
public final class Conversion {

	public static final String US_DOLLAR = MoneyFormatter.DOLLAR;

	public static final String INTERNATIONAL_DOLLAR = MoneyFormatter.INTERNATIONAL_DOLLAR;

	/** Converted amounts are rounded to a multiple of this many units. */
	public static final BigDecimal ROUNDING_STEP = BigDecimal.valueOf(100);

	private final Map<Basis, Map<String, RateView>> rates = new EnumMap<>(Basis.class);

	public Conversion(List<RateView> rates) {
		for (RateView rate : rates) {
			if (rate.kind() == Basis.LOCAL) {
				throw new IllegalArgumentException("A rate is either market or ppp, not local");
			}
			this.rates.computeIfAbsent(rate.kind(), (kind) -> new HashMap<>()).put(rate.currency(), rate);
		}
	}

	/** The currency an amount in {@code currency} is shown in under {@code basis}. */
	public static String target(String currency, Basis basis) {
		return switch (basis) {
			case LOCAL -> currency;
			case MARKET -> US_DOLLAR;
			case PPP -> INTERNATIONAL_DOLLAR;
		};
	}

	/** The amount in the currency {@link #target} names. */
	public BigDecimal convert(BigDecimal amount, String currency, Basis basis) {
		if (basis == Basis.LOCAL || US_DOLLAR.equals(currency)) {
			return amount;
		}
		return round(amount.divide(rate(currency, basis).unitsPerUsd(), MathContext.DECIMAL64));
	}

	/** Whether {@link #convert} changes the figure's currency. */
	public static boolean converts(String currency, Basis basis) {
		return !target(currency, basis).equals(currency);
	}

	/** The rate used for a currency under a basis other than local. */
	public RateView rate(String currency, Basis basis) {
		RateView rate = this.rates.getOrDefault(basis, Map.of()).get(currency);
		if (rate == null) {
			throw new IllegalStateException("No " + basis.code() + " rate for " + currency);
		}
		return rate;
	}

	/** Every rate, market first. */
	public List<RateView> rates() {
		return this.rates.values().stream().flatMap((byCurrency) -> byCurrency.values().stream()).toList();
	}

	static BigDecimal round(BigDecimal amount) {
		return amount.divide(ROUNDING_STEP, 0, RoundingMode.HALF_UP).multiply(ROUNDING_STEP);
	}

}
