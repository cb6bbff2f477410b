package dev.mlcareers.portal.salary;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.mlcareers.portal.level.LevelCatalog;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** Read models about pay. */
@Service
public class SalaryService {

	private final SalaryBandRepository bands;

	private final LevelCatalog levels;

	private final SourceCatalog sources;

	SalaryService(SalaryBandRepository bands, LevelCatalog levels, SourceCatalog sources) {
		this.bands = bands;
		this.levels = levels;
		this.sources = sources;
	}

	/** Every pay figure of the documents, in their order. */
	@Cacheable("pay-bands")
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

	/** The pay figures for each role that has any. */
	@Cacheable("pay-bands-by-role")
	public Map<String, List<PayBand>> byRole() {
		return all().stream().collect(Collectors.groupingBy(PayBand::roleSlug, Collectors.toUnmodifiableList()));
	}

}
