package dev.mlcareers.portal.salary;

import java.util.List;

import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.Region;

/**
 * What a visitor asked to compare: one role, one or more regions in display order, a
 * basis, and optionally one experience stage ({@code null} for all).
 */
public record Comparison(String role, List<Region> regions, Basis basis, Stage level) {

	public Comparison {
		regions = List.copyOf(regions);
	}

	public boolean includes(Region region) {
		return this.regions.contains(region);
	}

}
