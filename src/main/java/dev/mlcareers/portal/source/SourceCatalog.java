package dev.mlcareers.portal.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mlcareers.portal.shared.ReadModel;
import org.springframework.stereotype.Service;

/** Resolves source ids to the {@link SourceRef}s that pages and the API cite. */
@Service
public class SourceCatalog {

	private final SourceRepository sources;

	SourceCatalog(SourceRepository sources) {
		this.sources = sources;
	}

	@ReadModel("source-refs")
	public Map<String, SourceRef> refsById() {
		return this.sources.findAllByOrderByCitationNumber()
			.stream()
			.map(SourceCatalog::toRef)
			.collect(Collectors.toUnmodifiableMap(SourceRef::id, Function.identity()));
	}

	/** The refs for these ids, in citation order, each once. */
	public static List<SourceRef> inCitationOrder(Collection<SourceRef> refs) {
		return refs.stream()
			.filter(Objects::nonNull)
			.distinct()
			.sorted(Comparator.comparingInt(SourceRef::number))
			.toList();
	}

	static SourceRef toRef(Source source) {
		return new SourceRef(source.getId(), source.getCitationNumber(), source.getLabel());
	}

}
