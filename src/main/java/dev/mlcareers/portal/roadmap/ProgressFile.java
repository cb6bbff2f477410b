package dev.mlcareers.portal.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.mlcareers.portal.shared.Coded;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file a visitor exports their progress to and imports it from: JSON, one object with
 * the roadmap's slug, one entry per step that has a status or a note and (from format 2)
 * the skills the visitor said they have. Files of format 1, without skills, are still
 * read: importing one leaves the visitor's skills as they are. Reading is strict:
 * anything but a file this site could have written is refused with the reason, and
 * nothing is taken from a refused file.
 */
public final class ProgressFile {

	/** The version of the file's layout written now; 1 (without skills) is still read. */
	public static final int FORMAT = 2;

	/** The first version, without skills. */
	static final int FORMAT_WITHOUT_SKILLS = 1;

	/**
	 * The largest file taken: twice what twelve full notes of four-byte characters need.
	 */
	public static final long MAX_BYTES = 200 * 1024;

	private static final Set<String> FILE_FIELDS = Set.of("format", "roadmap", "title", "exportedAt", "steps",
			"skills");

	private static final Set<String> SKILL_FIELDS = Set.of("skill", "name");

	private static final Set<String> STEP_FIELDS = Set.of("step", "title", "status", "note");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private ProgressFile() {
	}

	/**
	 * The visitor's progress and the skills they said they have as the file's bytes
	 * (UTF-8 JSON).
	 * @param skillNames every skill's name by slug, in the order the file lists them
	 */
	public static byte[] write(RoadmapView roadmap, RoadmapProgress progress, Set<String> saidSkills,
			Map<String, String> skillNames, Instant exportedAt) {
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("format", FORMAT);
		file.put("roadmap", roadmap.slug());
		file.put("title", roadmap.title());
		file.put("exportedAt", exportedAt.toString());
		List<Map<String, Object>> steps = new ArrayList<>();
		for (StepView step : roadmap.steps()) {
			int number = step.number();
			StepStatus status = progress.status(number);
			if (status == StepStatus.NOT_STARTED && !progress.hasNote(number)) {
				continue;
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("step", number);
			entry.put("title", step.title());
			entry.put("status", status.code());
			if (progress.hasNote(number)) {
				entry.put("note", progress.note(number));
			}
			steps.add(entry);
		}
		file.put("steps", steps);
		List<Map<String, Object>> skills = new ArrayList<>();
		skillNames.forEach((slug, name) -> {
			if (saidSkills.contains(slug)) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("skill", slug);
				entry.put("name", name);
				skills.add(entry);
			}
		});
		// Only a visitor with skills saved has them in the file: importing a file without
		// them leaves the importing visitor's own as they are.
		if (!skills.isEmpty()) {
			file.put("skills", skills);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
	}

	/**
	 * The steps and skills in the file, checked against the roadmap and the skills, or
	 * why the file is refused.
	 * @param skillNames every skill's name by slug
	 */
	public static Contents read(byte[] content, RoadmapView roadmap, Map<String, String> skillNames) {
		if (content.length == 0) {
			throw new Refused(Problem.EMPTY);
		}
		if (content.length > MAX_BYTES) {
			throw new Refused(Problem.TOO_LARGE);
		}
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw new Refused(Problem.NOT_JSON);
		}
		if (root == null || !root.isObject() || !FILE_FIELDS.containsAll(root.propertyNames())) {
			throw new Refused(Problem.SHAPE);
		}
		int format = root.path("format").isInt() ? root.path("format").intValue() : -1;
		if (format != FORMAT && format != FORMAT_WITHOUT_SKILLS) {
			throw new Refused(Problem.FORMAT);
		}
		if (format == FORMAT_WITHOUT_SKILLS && root.has("skills")) {
			throw new Refused(Problem.SHAPE);
		}
		if (!root.path("roadmap").isString() || !roadmap.slug().equals(root.path("roadmap").stringValue())) {
			throw new Refused(Problem.OTHER_ROADMAP);
		}
		JsonNode steps = root.path("steps");
		if (!steps.isArray()) {
			throw new Refused(Problem.SHAPE);
		}
		List<SavedStep> saved = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (JsonNode entry : steps) {
			saved.add(step(entry, roadmap, seen));
		}
		// A file without skills (format 1, or written by hand) leaves the visitor's as
		// they are.
		Optional<Set<String>> skills = root.has("skills") ? Optional.of(skills(root.path("skills"), skillNames))
				: Optional.empty();
		return new Contents(List.copyOf(saved), skills);
	}

	private static Set<String> skills(JsonNode skills, Map<String, String> skillNames) {
		if (!skills.isArray() || skills.size() > skillNames.size()) {
			throw new Refused(Problem.SHAPE);
		}
		Set<String> said = new LinkedHashSet<>();
		for (JsonNode entry : skills) {
			if (!entry.isObject() || !SKILL_FIELDS.containsAll(entry.propertyNames()) || !entry.path("skill").isString()
					|| (entry.has("name") && !entry.path("name").isString())) {
				throw new Refused(Problem.SHAPE);
			}
			String slug = entry.path("skill").stringValue();
			if (!skillNames.containsKey(slug)) {
				throw new Refused(Problem.UNKNOWN_SKILL);
			}
			if (!said.add(slug)) {
				throw new Refused(Problem.DUPLICATE_SKILL);
			}
		}
		return Set.copyOf(said);
	}

	/**
	 * What a file holds: the steps, and the skills the visitor said they have where the
	 * file lists them (empty for a file without, such as one of format 1: the visitor's
	 * skills then stay as they are).
	 */
	public record Contents(List<SavedStep> steps, Optional<Set<String>> skills) {

		public Contents {
			steps = List.copyOf(steps);
		}

	}

	private static SavedStep step(JsonNode entry, RoadmapView roadmap, Set<Integer> seen) {
		if (!entry.isObject() || !STEP_FIELDS.containsAll(entry.propertyNames()) || !entry.path("step").isInt()
				|| !entry.path("status").isString()) {
			throw new Refused(Problem.SHAPE);
		}
		int number = entry.path("step").intValue();
		if (!roadmap.hasStep(number)) {
			throw new Refused(Problem.UNKNOWN_STEP, number);
		}
		if (!seen.add(number)) {
			throw new Refused(Problem.DUPLICATE_STEP, number);
		}
		Optional<StepStatus> status = StepStatus.find(entry.path("status").stringValue());
		if (status.isEmpty()) {
			throw new Refused(Problem.STATUS, number);
		}
		JsonNode noteNode = entry.path("note");
		if (!noteNode.isMissingNode() && !noteNode.isNull() && !noteNode.isString()) {
			throw new Refused(Problem.SHAPE);
		}
		JsonNode titleNode = entry.path("title");
		if (!titleNode.isMissingNode() && !titleNode.isString()) {
			throw new Refused(Problem.SHAPE);
		}
		String note = NoteText.normalize(noteNode.isString() ? noteNode.stringValue() : null);
		Optional<NoteText.Problem> noteProblem = NoteText.problem(note);
		if (noteProblem.isPresent()) {
			throw new Refused((noteProblem.get() == NoteText.Problem.TOO_LONG) ? Problem.NOTE_TOO_LONG
					: Problem.NOTE_INVALID_CHARACTERS, number);
		}
		return new SavedStep(number, status.get(), note.isEmpty() ? null : note);
	}

	/** Why a file was refused; each has a message, some name the step. */
	public enum Problem implements Coded {

		EMPTY, TOO_LARGE, NOT_JSON, SHAPE, FORMAT, OTHER_ROADMAP, UNKNOWN_STEP, DUPLICATE_STEP, STATUS, NOTE_TOO_LONG,
		NOTE_INVALID_CHARACTERS, UNKNOWN_SKILL, DUPLICATE_SKILL;

		public String messageKey() {
			return "roadmap.import.problem." + code();
		}

	}

	/** A refused file: the problem, and the step it is in where there is one. */
	public static final class Refused extends RuntimeException {

		private final Problem problem;

		private final Integer step;

		Refused(Problem problem) {
			this(problem, null);
		}

		Refused(Problem problem, Integer step) {
			super(problem.name(), null, false, false);
			this.problem = problem;
			this.step = step;
		}

		public Problem problem() {
			return this.problem;
		}

		public Integer step() {
			return this.step;
		}

	}

}
