package dev.mlcareers.portal.level;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/** Every experience level, exactly as each document cuts them. */
@Service
public class LevelCatalog {

	private final ExperienceLevelRepository levels;

	private final SourceCatalog sources;

	LevelCatalog(ExperienceLevelRepository levels, SourceCatalog sources) {
		this.levels = levels;
		this.sources = sources;
	}

	/** Levels by id, in document and position order. */
	@ReadModel("levels")
	public Map<String, LevelView> byId() {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, LevelView> byId = new LinkedHashMap<>();
		for (ExperienceLevel level : this.levels.findAllByOrderBySourceIdAscSchemeAscPositionAsc()) {
			byId.put(level.getId(), new LevelView(level.getId(), level.getScheme(), level.getStage(), level.getLabel(),
					level.getMinYears(), level.getMaxYears(), level.getSummary(), refs.get(level.getSourceId())));
		}
		return java.util.Collections.unmodifiableMap(byId);
	}

	/** The levels of one of a document's lists, in its order. */
	@ReadModel("level-schemes")
	public List<LevelView> scheme(LevelScheme scheme) {
		return byId().values().stream().filter((level) -> level.scheme() == scheme).toList();
	}

}
