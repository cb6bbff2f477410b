package dev.mlcareers.portal.salary;

import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.level.LevelCatalog;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/**
 * Every pay figure, read once and cached. A bean of its own so that the services built on
 * it reach the cache through its proxy rather than by calling themselves.
 */
@Service
class PayBandCatalog {

	private final SalaryBandRepository bands;

	private final LevelCatalog levels;

	private final SourceCatalog sources;

	PayBandCatalog(SalaryBandRepository bands, LevelCatalog levels, SourceCatalog sources) {
		this.bands = bands;
		this.levels = levels;
		this.sources = sources;
	}

	@ReadModel("pay-bands")
	public List<PayBand> all() {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, LevelView> levelsById = this.levels.byId();
		return this.bands.findAllByOrderByPosition()
			.stream()
			.map((band) -> new PayBand(band.getRoleSlug(), band.getRegion(), band.getCurrency(),
					(band.getLevelId() != null) ? levelsById.get(band.getLevelId()) : null, band.getStatistic(),
					band.getMinAmount(), band.getMaxAmount(), band.isOpenTop(), band.isApproximate(), band.getCitedAs(),
					refs.get(band.getSourceId())))
			.toList();
	}

}
