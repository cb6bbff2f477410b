package dev.mlcareers.portal.search;

import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.system.SharedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page. No query shows suggestions; an over-long one is refused with 400 and
 * the page says why. The query is only ever shown escaped. The canonical address holds
 * the query without the blanks around it, and no other parameter.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	@SharedPage
	String search(@RequestParam(name = "q", required = false) String query, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String trimmed = (query != null) ? query.strip() : "";
		if (!PageAddress.declareQuery(request,
				trimmed.isEmpty() ? null : PageAddress.query().add("q", trimmed).toString())) {
			// Redirected to the canonical address before anything is searched.
			return "search/search";
		}
		model.addAttribute("query", trimmed);
		model.addAttribute("maxLength", SearchService.MAX_QUERY_LENGTH);
		if (SearchService.isTooLong(trimmed)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("tooLong", true);
		}
		else if (!trimmed.isEmpty()) {
			model.addAttribute("results", this.search.search(trimmed));
		}
		return "search/search";
	}

}
