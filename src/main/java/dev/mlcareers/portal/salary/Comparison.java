package dev.mlcareers.portal.salary;

import java.util.List;

import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.Region;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asked to compare: one role, one or more regions in display order, a
 * basis, and optionally one experience stage ({@code null} for all).
 */
public record Comparison(String role, List<Region> regions, Basis basis, Stage level) {

	public Comparison {
		regions = List.copyOf(regions);
	}

	/** The query string that asks for this comparison, every choice spelled out. */
	public String queryString() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance().queryParam("role", this.role);
		this.regions.forEach((region) -> uri.queryParam("regions", region.code()));
		uri.queryParam("basis", this.basis.code());
		if (this.level != null) {
			uri.queryParam("level", this.level.code());
		}
		return uri.build().encode().getQuery();
	}

	public boolean includes(Region region) {
		return this.regions.contains(region);
	}

}
