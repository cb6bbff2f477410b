package dev.mlcareers.portal.salary;

import dev.mlcareers.portal.level.LevelCatalog;
import dev.mlcareers.portal.level.LevelScheme;
import dev.mlcareers.portal.shared.InvalidChoiceException;
import dev.mlcareers.portal.level.LevelText;
import dev.mlcareers.portal.roadmap.FlagshipLayout;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.system.SecurityConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The salary routes over fixture figures: every parameter, the CSV download, and each way
 * a request is refused.
 */
@WebMvcTest(SalaryController.class)
@Import({ SecurityConfig.class, FlagshipLayout.class, MoneyFormatter.class, PayText.class, LevelText.class,
		SalaryService.class, SalaryComparisons.class, SalaryAddresses.class })
class SalaryControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SalaryStructuredData structuredData;

	@MockitoBean
	PayBandCatalog salaries;

	@MockitoBean
	LevelCatalog levels;

	@MockitoBean
	RoleDirectory roles;

	/** Left out of the slice: "Cite this page" is checked in CitationApplicationTests. */
	@MockitoBean
	SalaryCitation citation;

	@BeforeEach
	void figures() {
		given(this.salaries.figures()).willReturn(
				new PayBandCatalog.PayFigures(SalaryFixtures.BANDS, SalaryFixtures.byRole(), SalaryFixtures.choices()));
		given(this.salaries.conversion()).willReturn(SalaryFixtures.conversion());
		given(this.roles.flagship())
			.willReturn(SalaryFixtures.choices().roles().stream().filter(RoleRef::flagship).findFirst().orElseThrow());
		given(this.salaries.factors()).willReturn(SalaryFixtures.factors());
		given(this.levels.scheme(LevelScheme.CAREER_STAGES)).willReturn(SalaryFixtures.PROFILE_STAGES);
	}

	@Test
	void comparesTheFlagshipInEveryRegionInLocalCurrencyByDefault() {
		assertThat(this.mvc.get().uri("/salaries")).hasStatusOk()
			.hasViewName("salary/salaries")
			.bodyText()
			.contains("<title>Machine Learning Engineer pay by region and experience, in local currencies")
			.contains("₹7 LPA – ₹12 LPA", "₹7,00,000 – ₹12,00,000", "₹14.6 LPA – ₹25 LPA+", "$85,000 – $110,000",
					"$145,000 – $190,000+", "$133,000 – $142,000")
			.contains("5 figures from the documents, shown each in its own currency.")
			.contains("Pay ranges for the Machine Learning Engineer role, in Indian rupees")
			.contains("Pay ranges for the Machine Learning Engineer role, in US dollars")
			.contains("Figures for United States come from more than one document")
			.contains("<option value=\"machine-learning-engineer\" selected=\"selected\">")
			.contains("name=\"basis\" value=\"local\" checked=\"checked\"")
			.doesNotContain(">Converted<");
	}

	@Test
	void convertsAtTheMarketRateOnOneAxis() {
		assertThat(this.mvc.get().uri("/salaries?basis=market")).hasStatusOk()
			.bodyText()
			.contains("$8,500 – $14,500", "$17,700 – $30,300+", "$85,000 – $110,000")
			.contains("Pay ranges for the Machine Learning Engineer role, in US dollars")
			.doesNotContain("in Indian rupees</title>")
			.contains(">Converted<");
	}

	@Test
	void convertsAtPurchasingPowerParityInInternationalDollars() {
		assertThat(this.mvc.get().uri("/salaries?basis=ppp")).hasStatusOk()
			.bodyText()
			.contains("Int$29,500 – Int$50,600", "Int$61,600 – Int$105,400+", "Int$85,000 – Int$110,000")
			.contains("in international dollars</title>")
			.contains("0.287", "23.71", "2022", "82.62", "2023")
			.contains("its two inputs come from different years");
	}

	@Test
	void filtersByRegion() {
		assertThat(this.mvc.get().uri("/salaries?regions=in")).hasStatusOk()
			.bodyText()
			.contains("₹7 LPA – ₹12 LPA")
			.doesNotContain("$85,000 – $110,000")
			.containsPattern("name=\"regions\" value=\"in\"[^>]* checked=\"checked\"")
			.doesNotContainPattern("name=\"regions\" value=\"us\"[^>]* checked");
	}

	@Test
	void filtersByLevelAndSaysWhatTheFilterLeavesOut() {
		assertThat(this.mvc.get().uri("/salaries?level=senior")).hasStatusOk()
			.bodyText()
			.contains("₹14.6 LPA – ₹25 LPA+", "$145,000 – $190,000+")
			.doesNotContain("₹7 LPA – ₹12 LPA", "$133,000 – $142,000")
			.contains("One figure covers the role as a whole, not one level, so the level filter leaves it out.")
			.contains("href=\"/salaries\">Show all levels</a>");
	}

	@Test
	void saysPlainlyWhereTheDocumentsGiveNoFigure() {
		assertThat(this.mvc.get().uri("/salaries?role=data-scientist&regions=us")).hasStatusOk()
			.bodyText()
			.contains("The documents give no pay figure for the Data Scientist role.")
			.doesNotContain("<svg class=\"range-chart\"");
		assertThat(this.mvc.get().uri("/salaries?role=data-scientist")).hasStatusOk()
			.bodyText()
			.contains("The documents give no pay figure for the Data Scientist role in United States.")
			.contains("₹12 LPA");
		assertThat(this.mvc.get().uri("/salaries?role=technical-director")).hasStatusOk()
			.bodyText()
			.contains("The documents give no pay figure for the Technical Director role.");
	}

	@Test
	void showsTheLadderInIndiaAndThePayStagesWithoutFigures() {
		assertThat(this.mvc.get().uri("/salaries?basis=market")).hasStatusOk()
			.bodyText()
			.contains("Pay up the career ladder in India")
			.contains("href=\"/roles/data-scientist\"")
			.contains("$14,500")
			.contains("href=\"/salaries?role=data-scientist&amp;basis=market\"")
			.contains("Pay stages without figures")
			.contains("One document sets out pay by 2 career stages")
			.contains("Peak (18+ years)")
			.contains("Location: Metro cities pay more.");
	}

	@Test
	void linksToTheSameComparisonAsCsv() {
		assertThat(this.mvc.get().uri("/salaries?regions=in&basis=ppp&level=entry")).hasStatusOk()
			.bodyText()
			.contains("href=\"/salaries.csv?regions=in&amp;basis=ppp&amp;level=entry\"")
			.contains("href=\"/salaries?regions=in&amp;basis=ppp&amp;level=entry\"");
		assertThat(this.mvc.get().uri("/salaries")).hasStatusOk()
			.bodyText()
			.contains("href=\"/salaries.csv\"")
			.contains("href=\"/salaries\"");
	}

	@Test
	void downloadsTheComparisonAsCsv() {
		assertThat(this.mvc.get().uri("/salaries.csv?basis=market&regions=in")).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.hasHeader("Content-Disposition", "attachment; filename=\"salaries-machine-learning-engineer-market.csv\"")
			.bodyText()
			.startsWith("role,region,level,")
			.contains("Machine Learning Engineer,in,Entry level,0,4,range,INR,700000,1200000,false,false,market,USD,"
					+ "8500,14500,career-guide,Career guide,")
			.doesNotContain(",us,");
	}

	@Test
	void refusesUnknownValuesWith400() {
		for (String query : new String[] { "role=astronaut", "regions=eu", "regions=in&regions=mars", "basis=gold",
				"level=peak", "level=Entry", "role=%3Cscript%3E", "basis=" + "x".repeat(5000) }) {
			assertThat(this.mvc.get().uri("/salaries?" + query)).as(query)
				.hasStatus(400)
				.failure()
				.isInstanceOf(InvalidChoiceException.class);
			assertThat(this.mvc.get().uri("/salaries.csv?" + query)).as(query).hasStatus(400);
		}
	}

	@Test
	void refusesConflictingValuesWith400AndAcceptsRepeatsOfOne() {
		assertThat(this.mvc.get().uri("/salaries?basis=ppp&basis=market")).hasStatus(400);
		assertThat(this.mvc.get().uri("/salaries?level=entry&level=senior")).hasStatus(400);
		assertThat(this.mvc.get().uri("/salaries?basis=ppp&basis=ppp")).hasStatus(301)
			.hasHeader("Location", "/salaries?basis=ppp");
		assertThat(this.mvc.get().uri("/salaries?regions=us&regions=in&regions=us")).hasStatus(301)
			.hasHeader("Location", "/salaries");
		assertThat(this.mvc.get().uri("/salaries?role=&level=&basis=")).hasStatus(301)
			.hasHeader("Location", "/salaries");
		assertThat(this.mvc.get().uri("/salaries?level=senior&regions=us&role=data-scientist&utm_source=x"))
			.hasStatus(301)
			.hasHeader("Location", "/salaries?role=data-scientist&regions=us&level=senior");
		assertThat(this.mvc.get().uri("/salaries?role=data-scientist&regions=us&level=senior")).hasStatusOk()
			.hasHeader("Cache-Control", "no-cache, public");
	}

}
