package dev.mlcareers.portal.source;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** Resolves source ids to the {@link SourceRef}s that pages and the API cite. */
@Service
public class SourceCatalog {

	private final SourceRepository sources;

	SourceCatalog(SourceRepository sources) {
		this.sources = sources;
	}

	public Map<String, SourceRef> refsById() {
		return this.sources.findAllByOrderByCitationNumber()
			.stream()
			.map(SourceCatalog::toRef)
			.collect(Collectors.toMap(SourceRef::id, Function.identity()));
	}

	public List<SourceRef> refs() {
		return this.sources.findAllByOrderByCitationNumber().stream().map(SourceCatalog::toRef).toList();
	}

	private static SourceRef toRef(Source source) {
		return new SourceRef(source.getId(), source.getCitationNumber(), source.getLabel());
	}

}
