package dev.mlcareers.portal.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.mlcareers.portal.shared.CitedWork;

import org.springframework.stereotype.Service;

/**
 * The documents as the works a page is based on, for its citation and its schema.org
 * data: each by its own title (or the sources page's label, where it has none), with its
 * author, publisher and date where it gives them.
 */
@Service
public class SourceWorks {

	private final SourceService sources;

	SourceWorks(SourceService sources) {
		this.sources = sources;
	}

	/** The documents a page cites, in the order given, each once. */
	public List<CitedWork> cited(Collection<SourceRef> refs) {
		return of(refs.stream().map(SourceRef::id).toList());
	}

	/**
	 * The documents with these ids, in the order given, each once; unknown ids left out.
	 */
	public List<CitedWork> of(Collection<String> ids) {
		Map<String, SourceDocument> byId = new HashMap<>();
		this.sources.documents().forEach((document) -> byId.put(document.id(), document));
		return ids.stream()
			.distinct()
			.map(byId::get)
			.filter(Objects::nonNull)
			.map((document) -> new CitedWork(document.title(), document.author(), document.publisher(),
					document.updatedOn()))
			.toList();
	}

}
