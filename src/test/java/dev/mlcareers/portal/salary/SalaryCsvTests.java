package dev.mlcareers.portal.salary;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import dev.mlcareers.portal.shared.Region;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalaryCsvTests {

	@Test
	void neutralisesFieldsASpreadsheetWouldTakeForAFormula() {
		assertThat(SalaryCsv.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(SalaryCsv.neutralise("+1")).isEqualTo("'+1");
		assertThat(SalaryCsv.neutralise("-1")).isEqualTo("'-1");
		assertThat(SalaryCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SalaryCsv.neutralise("\tx")).isEqualTo("'\tx");
		assertThat(SalaryCsv.neutralise("Glassdoor, AmbitionBox")).isEqualTo("Glassdoor, AmbitionBox");
		assertThat(SalaryCsv.neutralise("")).isEmpty();
	}

	@Test
	void writesAHeaderAndOneQuotedRowPerBandWithItsSource() throws IOException {
		Conversion conversion = SalaryFixtures.conversion();
		List<ComparedBand> bands = SalaryFixtures.BANDS.subList(5, 6)
			.stream()
			.map((band) -> ComparedBand.of(band, Basis.MARKET, conversion))
			.toList();
		SalaryComparison comparison = new SalaryComparison(
				new Comparison("data-scientist", List.of(Region.IN), Basis.MARKET, null), SalaryFixtures.SCIENTIST,
				SalaryFixtures.choices(), bands, List.of(), List.of(), 0, List.of(), List.of(), List.of(), List.of(),
				conversion);
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(SalaryCsv.write(comparison)))
			.getRecords();
		assertThat(records).singleElement().satisfies((row) -> {
			assertThat(row.get("role")).isEqualTo("Data Scientist");
			assertThat(row.get("level")).isEqualTo("average");
			assertThat(row.get("minimum")).isEqualTo("1200000");
			assertThat(row.get("shown_currency")).isEqualTo("USD");
			assertThat(row.get("shown_minimum")).isEqualTo("14500");
			assertThat(row.get("source_id")).isEqualTo("education-article");
			assertThat(row.get("cited_as")).isEqualTo("Glassdoor, AmbitionBox");
		});
		assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(SalaryCsv.HEADER);
	}

}
