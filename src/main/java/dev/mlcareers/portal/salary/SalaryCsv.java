package dev.mlcareers.portal.salary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.level.LevelView;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a comparison's bands as CSV, one row per band with its source, as the page shows
 * them. Every field is made safe for spreadsheets: one that begins with a character a
 * spreadsheet reads as the start of a formula is prefixed with an apostrophe.
 */
public final class SalaryCsv {

	static final List<String> HEADER = List.of("role", "region", "level", "level_min_years", "level_max_years",
			"statistic", "currency", "minimum", "maximum", "open_top", "approximate", "basis", "shown_currency",
			"shown_minimum", "shown_maximum", "source_id", "source", "cited_as");

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SalaryCsv() {
	}

	public static String write(SalaryComparison comparison) {
		StringBuilder out = new StringBuilder();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (ComparedBand shown : comparison.bands()) {
				printer.printRecord(row(comparison, shown).stream().map(SalaryCsv::neutralise).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<String> row(SalaryComparison comparison, ComparedBand shown) {
		PayBand band = shown.band();
		LevelView level = band.level();
		List<String> row = new ArrayList<>();
		row.add(comparison.role().title());
		row.add(band.region().code());
		row.add((level != null) ? level.label() : (band.average() ? "average" : "overall"));
		row.add((level != null && level.minYears() != null) ? level.minYears().toString() : "");
		row.add((level != null && level.maxYears() != null) ? level.maxYears().toString() : "");
		row.add(band.statistic().code());
		row.add(band.currency());
		row.add(plain(band.minimum()));
		row.add(plain(band.maximum()));
		row.add(String.valueOf(band.openTop()));
		row.add(String.valueOf(band.approximate()));
		row.add(comparison.comparison().basis().code());
		row.add(shown.currency());
		row.add(plain(shown.minimum()));
		row.add(plain(shown.maximum()));
		row.add(band.source().id());
		row.add(band.source().label());
		row.add((band.citedAs() != null) ? band.citedAs() : "");
		return row;
	}

	/**
	 * The field, prefixed with an apostrophe if a spreadsheet would take it for a
	 * formula.
	 */
	static String neutralise(String field) {
		if (!field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0) {
			return "'" + field;
		}
		return field;
	}

	private static String plain(BigDecimal amount) {
		return amount.toPlainString();
	}

}
