package dev.mlcareers.portal.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.mlcareers.portal.shared.Coded;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The source documents and what each contributed to the store. */
@Service
public class SourceService {

	private final SourceRepository sources;

	private final JdbcClient jdbc;

	private final List<SourceContributions> contributors;

	SourceService(SourceRepository sources, DataSource dataSource, List<SourceContributions> contributors) {
		this.sources = sources;
		this.jdbc = JdbcClient.create(dataSource);
		this.contributors = contributors;
	}

	@ReadModel("source-documents")
	public List<SourceDocument> documents() {
		Map<ContributionKind, SourceContributions.Counted> kinds = kinds();
		Map<String, Map<ContributionKind, Integer>> counts = counts(kinds.values());
		return this.sources.findAllByOrderByCitationNumber().stream().map((source) -> {
			Map<ContributionKind, Integer> own = counts.getOrDefault(source.getId(), Map.of());
			List<SourceDocument.Contribution> contributions = Arrays.stream(ContributionKind.values())
				.filter(own::containsKey)
				.map((kind) -> new SourceDocument.Contribution(kind, own.get(kind), kinds.get(kind).path()))
				.toList();
			return new SourceDocument(source.getId(), source.getCitationNumber(), source.getLabel(),
					source.getHeadline(), source.getPublicationKind(), source.getPublisher(), source.getAuthor(),
					source.getUpdatedOn(), source.getFileName(), source.getSummary(), source.getLeftOut(),
					contributions);
		}).toList();
	}

	/** How each kind is counted: every kind by exactly one feature. */
	private Map<ContributionKind, SourceContributions.Counted> kinds() {
		Map<ContributionKind, SourceContributions.Counted> kinds = new EnumMap<>(ContributionKind.class);
		for (SourceContributions contributor : this.contributors) {
			for (SourceContributions.Counted counted : contributor.contributions()) {
				if (kinds.put(counted.kind(), counted) != null) {
					throw new IllegalStateException(counted.kind() + " is counted by two features");
				}
			}
		}
		if (kinds.size() != ContributionKind.values().length) {
			throw new IllegalStateException("No feature counts "
					+ Arrays.stream(ContributionKind.values()).filter((kind) -> !kinds.containsKey(kind)).toList());
		}
		return kinds;
	}

	/** Facts per document and kind, in one statement made of each feature's counts. */
	private Map<String, Map<ContributionKind, Integer>> counts(Collection<SourceContributions.Counted> kinds) {
		List<String> parts = new ArrayList<>();
		for (SourceContributions.Counted counted : kinds) {
			parts.add("SELECT '" + counted.kind().code() + "' AS kind, c.* FROM (" + counted.countSql() + ") c");
		}
		Map<String, Map<ContributionKind, Integer>> counts = new HashMap<>();
		this.jdbc.sql(String.join(" UNION ALL ", parts)).query((row) -> {
			ContributionKind kind = Coded.fromCode(ContributionKind.class, row.getString(1));
			counts.computeIfAbsent(row.getString(2), (id) -> new EnumMap<>(ContributionKind.class))
				.put(kind, row.getInt(3));
		});
		return counts;
	}

}
