package dev.mlcareers.portal.salary;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.HtmlValidator;
import dev.mlcareers.portal.support.Pages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The salary comparison over the real, Flyway-seeded figures: every figure of the
 * documents in its place, the CSV equal to the page, and the 400 page for bad input.
 */
@ApplicationTest
class SalaryApplicationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	SalaryService salaries;

	@Autowired
	MoneyFormatter money;

	@Test
	void showsEveryFigureOfTheDocumentsUnderItsRoleWithItsSource() {
		Map<String, List<PayBand>> byRole = this.salaries.byRole();
		assertThat(byRole.values().stream().mapToInt(List::size).sum()).isEqualTo(12);
		byRole.forEach((role, bands) -> {
			String html = page(role.equals("machine-learning-engineer") ? "/salaries" : "/salaries?role=" + role, 200);
			assertThat(html).as(role)
				.contains(((bands.size() == 1) ? "One figure" : bands.size() + " figures") + " from the documents");
			for (PayBand band : bands) {
				assertThat(html).as("%s %s", role, band)
					.contains(this.money.band(band))
					.contains("href=\"/sources#" + band.source().id() + "\"");
			}
		});
	}

	@Test
	void keepsBothUsFiguresForTheFlagshipWhereTheDocumentsDisagree() {
		String html = page("/salaries?regions=us", 200);
		assertThat(html)
			.contains("$133,000 – $142,000", "$85,000 – $110,000", "$110,000 – $145,000", "$145,000 – $190,000+")
			.contains("The role overall")
			.contains("Entry level (0–2 years)")
			.contains("Figures for United States come from more than one document");
		assertThat(page("/salaries?regions=in", 200)).contains("Entry level (0–4 years)", "Senior level (7+ years)");
	}

	@ParameterizedTest
	@EnumSource(Basis.class)
	void writesTheSameFiguresToCsvAsThePageShows(Basis basis) throws IOException {
		String query = (basis == Basis.LOCAL) ? "" : "?basis=" + basis.code();
		String html = page("/salaries" + query, 200);
		List<CSVRecord> rows = csv("/salaries.csv" + query);
		assertThat(html).contains(rows.size() + " figures from the documents");
		for (CSVRecord row : rows) {
			String currency = row.get("shown_currency");
			String shownMinimum = this.money.compact(new BigDecimal(row.get("shown_minimum")), currency);
			String shownMaximum = this.money.compact(new BigDecimal(row.get("shown_maximum")), currency);
			assertThat(html).as(row.toString()).contains(shownMinimum).contains(shownMaximum);
		}
		assertThat(rows).extracting((row) -> row.get("basis")).containsOnly(basis.code());
	}

	@Test
	void givesTheRightNumbersOnEachBasis() throws IOException {
		Map<String, CSVRecord> local = entryInIndia("local");
		assertThat(local.get("INR").get("shown_minimum")).isEqualTo("700000");
		assertThat(entryInIndia("market").get("INR").get("shown_minimum")).isEqualTo("8500");
		assertThat(entryInIndia("ppp").get("INR").get("shown_minimum")).isEqualTo("29500");
		assertThat(entryInIndia("ppp").get("INR").get("shown_currency")).isEqualTo("PPP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/salaries?role=%3Cscript%3Ealert(1)%3C/script%3E", "/salaries?regions=eu",
			"/salaries?basis=ppp&basis=market", "/salaries.csv?level=%22%3E%3Cb%3E" })
	void refusesBadInputWithA400PageThatNamesTheValidValues(String path) {
		String html = page(path, 400);
		assertThat(html).contains("<h1>That request could not be understood</h1>")
			.contains("class=\"site-nav\"")
			.contains("class=\"choices\"")
			.containsPattern("<code>[a-z-]+</code>")
			.doesNotContain("<script>alert", "alert(1)", "<b>", "Exception", "at dev.");
		HtmlValidator.assertValid(html, path);
	}

	@Test
	void answersAClientThatAsksForJsonWithTheValidValuesAndNoInternals() {
		String body = this.client.get()
			.uri("/salaries?basis=gold")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"parameter\":\"basis\"", "\"value\":\"ppp\"")
			.doesNotContain("gold", "stackTrace", "Exception", "at dev.");
	}

	private Map<String, CSVRecord> entryInIndia(String basis) throws IOException {
		return csv("/salaries.csv?regions=in&level=entry&basis=" + basis).stream()
			.collect(Collectors.toMap((row) -> row.get("currency"), (row) -> row));
	}

	private List<CSVRecord> csv(String path) throws IOException {
		String body = this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
	}

	private String page(String path, int status) {
		return Pages.html(this.client, path, status);
	}

}
