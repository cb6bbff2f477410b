package dev.mlcareers.portal.salary;

import java.nio.charset.StandardCharsets;

import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.system.SharedPage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SalaryController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final SalaryService comparisons;

	private final SalaryStructuredData structuredData;

	SalaryController(SalaryService comparisons, SalaryStructuredData structuredData) {
		this.comparisons = comparisons;
		this.structuredData = structuredData;
	}

	@GetMapping("/salaries")
	@SharedPage
	String compare(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request, Model model) {
		Comparison comparison = this.comparisons.parse(parameters);
		String query = this.comparisons.canonicalQuery(comparison);
		if (!PageAddress.declareQuery(request, query)) {
			// Redirected to the canonical address before anything is compared.
			return "salary/salaries";
		}
		SalaryComparison page = this.comparisons.compare(comparison);
		model.addAttribute("page", page);
		model.addAttribute("query", query);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE, StructuredData.of(this.structuredData.of(page, query)));
		return "salary/salaries";
	}

	@GetMapping("/salaries.csv")
	ResponseEntity<String> csv(@RequestParam MultiValueMap<String, String> parameters) {
		Comparison comparison = this.comparisons.parse(parameters);
		String fileName = "salaries-" + comparison.role() + "-" + comparison.basis().code() + ".csv";
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(SalaryCsv.write(this.comparisons.compare(comparison)));
	}

}
