package dev.mlcareers.portal.salary;

import java.nio.charset.StandardCharsets;

import dev.mlcareers.portal.shared.CitationFormat;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SalaryController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final SalaryService comparisons;

	private final SalaryStructuredData structuredData;

	private final SalaryCitation citation;

	SalaryController(SalaryService comparisons, SalaryStructuredData structuredData, SalaryCitation citation) {
		this.comparisons = comparisons;
		this.structuredData = structuredData;
		this.citation = citation;
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
		model.addAttribute("citation", this.citation.view(page, query));
		return "salary/salaries";
	}

	/**
	 * The citation of the comparison these parameters ask for, as a download:
	 * {@code txt}, {@code bib} or {@code ris}. Never kept anywhere: it carries the day it
	 * was asked for.
	 */
	@GetMapping("/salaries/cite.{format}")
	ResponseEntity<String> cite(@PathVariable String format, @RequestParam MultiValueMap<String, String> parameters) {
		CitationFormat chosen = CitationFormat.requested(format);
		Comparison comparison = this.comparisons.parse(parameters);
		return this.citation.download(this.comparisons.compare(comparison), this.comparisons.canonicalQuery(comparison),
				chosen);
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
