package dev.mlcareers.portal.salary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.shared.CitedWork;
import dev.mlcareers.portal.shared.PublicAddress;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.shared.StructuredData.Link;
import dev.mlcareers.portal.source.SourceWorks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A salary comparison's schema.org data: the comparison as a {@code Dataset} at its
 * canonical address, its CSV as the distribution, based on the documents its figures come
 * from and, where amounts are converted, the publications of the rates used; and the
 * page's breadcrumbs. Nothing the page does not show.
 */
@Component
class SalaryStructuredData {

	private final MessageSource messages;

	private final SourceWorks works;

	private final PublicAddress address;

	SalaryStructuredData(MessageSource messages, SourceWorks works, PublicAddress address) {
		this.messages = messages;
		this.works = works;
		this.address = address;
	}

	/**
	 * The page's data, for {@link StructuredData#of}.
	 * @param query the comparison's canonical query, empty for the default
	 */
	Map<String, Object> of(SalaryComparison page, String query) {
		String suffix = query.isEmpty() ? "" : "?" + query;
		String url = this.address.of("/salaries" + suffix);
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@type", "Dataset");
		dataset.put("name", message("salaries.title", page.role().title(),
				message("salaries.title." + page.comparison().basis().code())));
		dataset.put("description", message("salaries.description", page.role().title()));
		dataset.put("url", url);
		dataset.put("creator", Map.of("@type", "Organization", "name", message("site.name")));
		dataset.put("isBasedOn", basedOn(page).stream().map(StructuredData::creativeWork).toList());
		if (!page.bands().isEmpty()) {
			dataset.put("distribution", List.of(Map.of("@type", "DataDownload", "encodingFormat", "text/csv",
					"contentUrl", this.address.of("/salaries.csv" + suffix))));
		}
		return StructuredData.graph(dataset,
				StructuredData.breadcrumbs(List.of(new Link(message("breadcrumb.home"), this.address.of("/")),
						new Link(message("salaries.heading"), url))));
	}

	/**
	 * The documents the figures come from, by their titles, then the publications of the
	 * rates that converted them: what the comparison is based on, for its schema.org data
	 * and its citation.
	 */
	List<CitedWork> basedOn(SalaryComparison page) {
		Set<String> cited = new LinkedHashSet<>();
		page.bands().forEach((band) -> cited.add(band.band().source().id()));
		List<CitedWork> works = new ArrayList<>(this.works.of(cited));
		Basis basis = page.comparison().basis();
		Set<String> currencies = new LinkedHashSet<>();
		page.bands().forEach((band) -> currencies.add(band.band().currency()));
		Set<String> publications = new LinkedHashSet<>();
		for (RateView rate : page.conversion().rates()) {
			if (rate.kind() == basis && currencies.contains(rate.currency()) && publications.add(rate.publication())) {
				works.add(new CitedWork(rate.publication(), rate.publisher()));
			}
		}
		return works;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.ENGLISH);
	}

}
