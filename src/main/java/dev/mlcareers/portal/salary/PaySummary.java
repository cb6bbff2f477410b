package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

/**
 * A role's pay in one region at a glance: from the lowest figure any document gives to
 * the highest, with an open top when the highest figure has one. Only bands in one
 * currency are summarised together.
 */
public record PaySummary(Region region, String currency, BigDecimal low, BigDecimal high, boolean openTop,
		boolean averagesOnly, int figures, List<SourceRef> sources) {

	/** One summary per region, in the regions' order. */
	public static List<PaySummary> of(List<PayBand> bands) {
		Map<Region, List<PayBand>> byRegion = new EnumMap<>(Region.class);
		for (PayBand band : bands) {
			byRegion.computeIfAbsent(band.region(), (region) -> new ArrayList<>()).add(band);
		}
		List<PaySummary> summaries = new ArrayList<>();
		byRegion.forEach((region, regional) -> {
			String currency = regional.get(0).currency();
			if (regional.stream().anyMatch((band) -> !band.currency().equals(currency))) {
				throw new IllegalArgumentException("Bands of one region in two currencies: " + region);
			}
			PayBand lowest = regional.stream().min(Comparator.comparing(PayBand::minimum)).orElseThrow();
			PayBand highest = regional.stream()
				.max(Comparator.comparing(PayBand::maximum).thenComparing(PayBand::openTop))
				.orElseThrow();
			summaries.add(new PaySummary(region, currency, lowest.minimum(), highest.maximum(), highest.openTop(),
					regional.stream().allMatch(PayBand::average), regional.size(),
					SourceCatalog.inCitationOrder(regional.stream().map(PayBand::source).toList())));
		});
		return List.copyOf(summaries);
	}

	/** The same summary in a comparison's currency. */
	public PaySummary converted(Basis basis, Conversion conversion) {
		return new PaySummary(this.region, Conversion.target(this.currency, basis),
				conversion.convert(this.low, this.currency, basis), conversion.convert(this.high, this.currency, basis),
				this.openTop, this.averagesOnly, this.figures, this.sources);
	}

	/** Whether the summary is a single figure rather than a range. */
	public boolean single() {
		return this.low.compareTo(this.high) == 0;
	}

}
