package dev.mlcareers.portal.education;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/** Read models about education: degrees, credentials, and the paths into the career. */
@Service
public class EducationService {

	private final DegreeRepository degrees;

	private final EducationNoteRepository notes;

	private final EducationPathRepository paths;

	private final EducationStageRepository timeline;

	private final AlternativePathwayRepository pathways;

	private final ExamRepository exams;

	private final SourceCatalog sources;

	EducationService(DegreeRepository degrees, EducationNoteRepository notes, EducationPathRepository paths,
			EducationStageRepository timeline, AlternativePathwayRepository pathways, ExamRepository exams,
			SourceCatalog sources) {
		this.degrees = degrees;
		this.notes = notes;
		this.paths = paths;
		this.timeline = timeline;
		this.pathways = pathways;
		this.exams = exams;
		this.sources = sources;
	}

	/**
	 * The routes into the career by country with their exams, the education timeline, and
	 * the routes without a degree.
	 */
	@ReadModel("education-paths")
	public PathsPage paths() {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<Region, List<ExamView>> examsByRegion = this.exams.findAllByOrderByRegionAscPositionAsc()
			.stream()
			.collect(Collectors.groupingBy(Exam::getRegion, () -> new EnumMap<>(Region.class),
					Collectors.mapping((exam) -> new ExamView(exam.getName(), exam.isOptional(), exam.getNote(),
							refs.get(exam.getSourceId())), Collectors.toList())));
		List<CountryPath> countryPaths = this.paths.findAllByOrderByPosition()
			.stream()
			.map((path) -> new CountryPath(path.getRegion(), refs.get(path.getSourceId()), path.getStages(),
					path.getEmployers(), path.getCaution(), examsByRegion.getOrDefault(path.getRegion(), List.of())))
			.toList();
		List<TimelineStage> stages = this.timeline.findAllByOrderByPosition()
			.stream()
			.map((stage) -> new TimelineStage(stage.getName(), stage.getMinYears(), stage.getMaxYears(),
					stage.getText(), refs.get(stage.getSourceId())))
			.toList();
		List<Pathway> alternatives = this.pathways.findAllByOrderByPosition()
			.stream()
			.map((pathway) -> new Pathway(pathway.getName(), pathway.getText(), refs.get(pathway.getSourceId())))
			.toList();
		return new PathsPage(countryPaths, stages, alternatives);
	}

	/**
	 * Each document's degree expectations, level by level, and the notes on other
	 * credentials.
	 */
	@ReadModel("education-summary")
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
