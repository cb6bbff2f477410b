package dev.mlcareers.portal.role;

import java.net.http.HttpResponse;
import java.util.List;

import dev.mlcareers.portal.support.ApplicationTest;
import dev.mlcareers.portal.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles side by side over the real content: one column per role in the catalogue's order,
 * a cell for every aspect that says so where the documents are silent, pay on the basis
 * asked for, one address per comparison, and the refusals.
 */
@ApplicationTest
class RoleComparisonTests {

	static final String COMPARE = "/roles/compare";

	@Value("http://localhost:${local.server.port}")
	String base;

	@Test
	void putsTheRolesInColumnsWithEveryAspectAndSaysWhatTheDocumentsLeaveOut() {
		HttpResponse<String> answer = new Visitor(this.base)
			.get(COMPARE + "?roles=machine-learning-engineer&roles=data-scientist");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("table.compare thead th").eachText()).containsExactly("Machine Learning Engineer",
				"Data Scientist");
		assertThat(page.select("table.compare tbody tr")).hasSize(10)
			.allSatisfy((row) -> assertThat(row.select("td")).hasSize(2));
		assertThat(page.select("table.compare tbody tr").get(7).select("td").get(1).text())
			.as("the data scientist's certifications")
			.contains("The documents don't say.");
		String pay = page.select("table.compare tbody tr").get(4).select("td").get(0).text();
		assertThat(pay).contains("₹7 LPA – ₹12 LPA", "[1]", "$85,000 – $110,000", "[2]");
		assertThat(page.text()).contains("The documents tie no skills to: Data Scientist.");
		String skills = page.select("table.compare tbody tr").get(9).select("td").get(0).text();
		assertThat(skills).as("not 'only this role': nothing is known of the other's skills")
			.startsWith("Machine Learning Engineer The documents tie")
			.doesNotContain("Only this role");
		assertThat(page.select("table.compare tbody tr").get(9).select("td").get(0).select(".cites a")).isNotEmpty();
		assertThat(page.select("table.compare tbody tr").get(6).select("td").get(0).text())
			.as("a degree's note, as on the role page")
			.contains("Common in specialised roles");
		assertThat(page.select("table.compare tbody tr").get(7).select("td").get(0).select("a.cite")).isNotEmpty();
		assertThat(page.select("input[name=roles][checked]")).extracting((box) -> box.attr("value"))
			.containsExactly("machine-learning-engineer", "data-scientist");
	}

	@Test
	void convertsPayOnTheBasisAskedFor() {
		Document page = Jsoup.parse(new Visitor(this.base)
			.page(COMPARE + "?roles=machine-learning-engineer&roles=data-scientist&basis=ppp"));
		assertThat(page.selectFirst("table.compare caption").text()).contains("purchasing-power parity");
		String pay = page.select("table.compare tbody tr").get(4).select("td").get(0).text();
		assertThat(pay).contains("(given as ₹7 LPA – ₹12 LPA)", "[1]");
		assertThat(page.text()).as("the rate used, with its publisher").contains("World Bank");
		assertThat(page.selectFirst("input[name=basis][value=ppp]").hasAttr("checked")).isTrue();
	}

	@Test
	void keepsTheBasisAskedForWithOneRoleAndRefusesABadOne() {
		Document one = Jsoup.parse(new Visitor(this.base).page(COMPARE + "?roles=data-scientist&basis=ppp"));
		assertThat(one.selectFirst("input[name=basis][value=ppp]").hasAttr("checked")).isTrue();
		HttpResponse<String> refused = new Visitor(this.base).get(COMPARE + "?basis=%3Cb%3Emadeup%3C%2Fb%3E");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).doesNotContain("madeup");
		assertThat(Jsoup.parse(refused.body()).select("main a[href=/roles/compare]").eachText())
			.contains("Back to the form");
	}

	@Test
	void hasOneAddressPerComparison() {
		HttpResponse<String> answer = new Visitor(this.base).follow("GET",
				COMPARE + "?roles=data-scientist&u=1&roles=&roles=machine-learning-engineer&basis=local", "text/html");
		assertThat(answer.uri().toString()).endsWith(COMPARE + "?roles=machine-learning-engineer&roles=data-scientist");
	}

	@Test
	void asksForAnotherRoleWhenGivenFewerThanTwo() {
		Document one = Jsoup.parse(new Visitor(this.base).page(COMPARE + "?roles=data-scientist"));
		assertThat(one.selectFirst("[role=status]").text())
			.isEqualTo("Choose at least one more role to put next to Data Scientist.");
		assertThat(one.select("table.compare")).isEmpty();
		assertThat(one.select("input[name=roles]")).hasSizeGreaterThan(10);
		assertThat(Jsoup.parse(new Visitor(this.base).page(COMPARE)).text()).contains("Choose two or three roles");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					roles=data-scientist&roles=%3Cb%3Emadeup%3C%2Fb%3E                                                    | roles | The value given for
					roles=data-scientist&roles=data-scientist                                                           | roles | names the same value more than once
					roles=data-scientist&roles=software-engineer&roles=data-analyst&roles=research-scientist           | roles | takes at most 3 values
					roles=data-scientist&roles=software-engineer&basis=%3Cb%3Emadeup%3C%2Fb%3E                          | basis | The value given for
					""")
	void refusesWhatItCannotCompareNamingTheParameter(String query, String parameter, String reason) {
		HttpResponse<String> answer = new Visitor(this.base).get(COMPARE + "?" + query);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).doesNotContain("madeup");
		assertThat(Jsoup.parse(answer.body()).selectFirst("main").text()).contains("“" + parameter + "”", reason);
	}

	@Test
	void theApiRefusesARepeatedRoleWithProblemDetailsNamingIt() {
		HttpResponse<String> answer = new Visitor(this.base).follow("GET",
				"/api/v1/roles/compare?roles=data-scientist&roles=data-scientist", "application/json");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.body()).contains("\"parameter\":\"roles\"", "\"reason\":\"repeated\"");
	}

	@Test
	void everyRolePageOffersToCompareItWithTheOthers() {
		Document role = Jsoup.parse(new Visitor(this.base).page("/roles/data-scientist"));
		assertThat(role.selectFirst("form.compare-with").attr("action")).isEqualTo(COMPARE);
		assertThat(role.selectFirst("form.compare-with input[type=hidden][name=roles]").val())
			.isEqualTo("data-scientist");
		List<String> others = role.select("#compare-with option").eachAttr("value");
		assertThat(others).hasSizeGreaterThan(10)
			.doesNotContain("data-scientist")
			.contains("machine-learning-engineer");
	}

}
