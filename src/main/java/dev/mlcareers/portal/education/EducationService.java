package dev.mlcareers.portal.education;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** Read models about education: degrees, credentials, and the paths into the career. */
@Service
public class EducationService {

	private final DegreeRepository degrees;

	private final EducationNoteRepository notes;

	private final SourceCatalog sources;

	EducationService(DegreeRepository degrees, EducationNoteRepository notes, SourceCatalog sources) {
		this.degrees = degrees;
		this.notes = notes;
		this.sources = sources;
	}

	/**
	 * Each document's degree expectations, level by level, and the notes on other
	 * credentials.
	 */
	@Cacheable("education-summary")
	public EducationSummary summary() {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<List<Object>, List<Degree>> grouped = new LinkedHashMap<>();
		for (Degree degree : this.degrees.findAllByOrderBySourceIdAscPositionAsc()) {
			grouped
				.computeIfAbsent(List.of(refs.get(degree.getSourceId()).number(), degree.getLevel()),
						(key) -> new ArrayList<>())
				.add(degree);
		}
		List<DegreeView> views = grouped.values()
			.stream()
			.map((group) -> new DegreeView(group.get(0).getLevel(),
					group.stream().map(Degree::getField).filter(Objects::nonNull).toList(),
					group.stream().map(Degree::getNote).filter(Objects::nonNull).findFirst().orElse(null),
					refs.get(group.get(0).getSourceId())))
			.sorted(java.util.Comparator.comparingInt((DegreeView view) -> view.source().number()))
			.toList();
		List<SourcedText> credentialNotes = this.notes.findAllByOrderByPosition()
			.stream()
			.map((note) -> new SourcedText(note.getText(), refs.get(note.getSourceId())))
			.toList();
		return new EducationSummary(views, credentialNotes);
	}

}
