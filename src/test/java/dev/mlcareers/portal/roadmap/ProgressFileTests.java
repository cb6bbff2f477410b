package dev.mlcareers.portal.roadmap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.roadmap.ProgressFile.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProgressFileTests {

	static final RoadmapView ROADMAP = RoadmapFixtures.roadmap(12);

	/** Every skill, in the order a file lists them. */
	static final Map<String, String> SKILLS = new LinkedHashMap<>();

	static {
		SKILLS.put("docker", "Docker");
		SKILLS.put("python", "Python");
		SKILLS.put("sql", "SQL");
	}

	@Test
	void readsBackExactlyWhatItWrote() {
		RoadmapProgress progress = new RoadmapProgress(12,
				Map.of(1, new SavedStep(1, StepStatus.DONE, null), 2,
						new SavedStep(2, StepStatus.SKIPPED, "Know it already.\n\"Quoted\" <b>émigré</b> 🚀"), 5,
						new SavedStep(5, StepStatus.NOT_STARTED, "Later.")));
		byte[] file = ProgressFile.write(ROADMAP, progress, Set.of("sql", "python"), SKILLS,
				Instant.parse("2026-11-24T10:00:00Z"));
		String json = new String(file, StandardCharsets.UTF_8);
		assertThat(json).contains("\"format\" : 2", "\"roadmap\" : \"machine-learning-engineer\"",
				"\"exportedAt\" : \"2026-11-24T10:00:00Z\"", "\"title\" : \"Step title 2\"");
		assertThat(json.indexOf("\"skill\" : \"python\"")).as("skills in the catalogue's order")
			.isPositive()
			.isLessThan(json.indexOf("\"skill\" : \"sql\""));
		ProgressFile.Contents contents = ProgressFile.read(file, ROADMAP, SKILLS);
		assertThat(contents.skills()).contains(Set.of("python", "sql"));
		assertThat(contents.steps()).containsExactly(new SavedStep(1, StepStatus.DONE, null),
				new SavedStep(2, StepStatus.SKIPPED, "Know it already.\n\"Quoted\" <b>émigré</b> 🚀"),
				new SavedStep(5, StepStatus.NOT_STARTED, "Later."));
	}

	@Test
	void writesNoEntryForStepsWithNothingSaved() {
		byte[] file = ProgressFile.write(ROADMAP, RoadmapProgress.none(12), Set.of(), SKILLS, Instant.EPOCH);
		assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"steps\" : [ ]").doesNotContain("skills");
		ProgressFile.Contents contents = ProgressFile.read(file, ROADMAP, SKILLS);
		assertThat(contents.steps()).isEmpty();
		assertThat(contents.skills()).as("a file without skills leaves the importing visitor's as they are").isEmpty();
		assertThat(read("""
				{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": []}""").skills())
			.as("an empty list, written by hand, clears them")
			.contains(Set.of());
	}

	@Test
	void stillReadsAFileOfTheFirstFormatAndLeavesTheSkillsAsTheyAre() {
		String json = """
				{"format": 1, "roadmap": "machine-learning-engineer", "title": "Machine Learning Engineer roadmap",
				 "exportedAt": "2026-11-24T10:00:00Z",
				 "steps": [{"step": 2, "title": "Step title 2", "status": "done", "note": "Kept."}]}""";
		ProgressFile.Contents contents = ProgressFile.read(json.getBytes(StandardCharsets.UTF_8), ROADMAP, SKILLS);
		assertThat(contents.steps()).containsExactly(new SavedStep(2, StepStatus.DONE, "Kept."));
		assertThat(contents.skills()).isEmpty();
	}

	@Test
	void takesAHandWrittenFileWithoutTitlesOrNotes() {
		String json = """
				{"format": 1, "roadmap": "machine-learning-engineer",
				 "steps": [{"step": 3, "status": "in-progress"}, {"step": 4, "status": "done", "note": null}]}""";
		assertThat(read(json).steps()).containsExactly(new SavedStep(3, StepStatus.IN_PROGRESS, null),
				new SavedStep(4, StepStatus.DONE, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					not json at all                                                                  | NOT_JSON
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [}                | NOT_JSON
					[1, 2, 3]                                                                        | SHAPE
					"a string"                                                                       | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer"}                            | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": {}}               | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [], "extra": 1}   | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [7]}              | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [{"step": "1", "status": "done"}]} | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [{"step": 1.5, "status": "done"}]} | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [{"step": 1}]}                    | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [{"step": 1, "status": "done", "note": 5}]} | SHAPE
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [{"step": 1, "status": "done", "who": "x"}]} | SHAPE
					{"format": 1, "format": 1, "roadmap": "machine-learning-engineer", "steps": []} | NOT_JSON
					{"format": 3, "roadmap": "machine-learning-engineer", "steps": []}               | FORMAT
					{"format": 1, "roadmap": "machine-learning-engineer", "steps": [], "skills": []} | SHAPE
					{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": {}} | SHAPE
					{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": ["python"]} | SHAPE
					{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": [{"name": "Python"}]} | SHAPE
					{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": [{"skill": "python", "level": 3}]} | SHAPE
					{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": [{"skill": "cobol"}]} | UNKNOWN_SKILL
					{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": [{"skill": "sql"}, {"skill": "sql"}]} | DUPLICATE_SKILL
					{"format": 2, "roadmap": "machine-learning-engineer", "steps": [], "skills": [{"skill": "sql"}, {"skill": "python"}, {"skill": "docker"}, {"skill": "git"}]} | SHAPE
					{"roadmap": "machine-learning-engineer", "steps": []}                            | FORMAT
					{"format": 1, "roadmap": "data-scientist", "steps": []}                          | OTHER_ROADMAP
					""")
	void refusesFilesThatAreNotAnExport(String json, Problem problem) {
		assertThat(refusal(json).problem()).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"step": 13, "status": "done"}                           | UNKNOWN_STEP
			{"step": 0, "status": "done"}                            | UNKNOWN_STEP
			{"step": 4, "status": "finished"}                        | STATUS
			{"step": 4, "status": "DONE"}                            | STATUS
			{"step": 4, "status": "done", "note": "bell \\u0007"}    | NOTE_INVALID_CHARACTERS
			""")
	void namesTheStepAFaultyEntryIsFor(String entry, Problem problem) {
		ProgressFile.Refused refused = refusal(
				"{\"format\": 1, \"roadmap\": \"machine-learning-engineer\", \"steps\": [" + entry + "]}");
		assertThat(refused.problem()).isEqualTo(problem);
		assertThat(refused.step()).isIn(0, 4, 13);
	}

	@Test
	void refusesAStepGivenTwiceAndANoteThatIsTooLong() {
		assertThat(refusal("""
				{"format": 1, "roadmap": "machine-learning-engineer",
				 "steps": [{"step": 2, "status": "done"}, {"step": 2, "status": "skipped"}]}""").problem())
			.isEqualTo(Problem.DUPLICATE_STEP);
		ProgressFile.Refused tooLong = refusal("{\"format\": 1, \"roadmap\": \"machine-learning-engineer\", "
				+ "\"steps\": [{\"step\": 6, \"status\": \"done\", \"note\": \"" + "x".repeat(2001) + "\"}]}");
		assertThat(tooLong.problem()).isEqualTo(Problem.NOTE_TOO_LONG);
		assertThat(tooLong.step()).isEqualTo(6);
	}

	@Test
	void refusesEmptyAndOversizedFilesWithoutParsingThem() {
		assertThat(
				catchThrowableOfType(ProgressFile.Refused.class, () -> ProgressFile.read(new byte[0], ROADMAP, SKILLS))
					.problem())
			.isEqualTo(Problem.EMPTY);
		byte[] large = new byte[(int) ProgressFile.MAX_BYTES + 1];
		assertThat(catchThrowableOfType(ProgressFile.Refused.class, () -> ProgressFile.read(large, ROADMAP, SKILLS))
			.problem()).isEqualTo(Problem.TOO_LARGE);
	}

	@Test
	void fitsTwelveFullNotesOfFourByteCharactersWithinTheLimit() {
		Map<Integer, SavedStep> saved = new HashMap<>();
		for (int number = 1; number <= 12; number++) {
			saved.put(number, new SavedStep(number, StepStatus.DONE, "🚀".repeat(NoteText.MAX_LENGTH)));
		}
		byte[] file = ProgressFile.write(ROADMAP, new RoadmapProgress(12, saved), SKILLS.keySet(), SKILLS,
				Instant.EPOCH);
		assertThat((long) file.length).isLessThan(ProgressFile.MAX_BYTES);
		assertThat(ProgressFile.read(file, ROADMAP, SKILLS).steps()).hasSize(12);
	}

	private static ProgressFile.Contents read(String json) {
		return ProgressFile.read(json.getBytes(StandardCharsets.UTF_8), ROADMAP, SKILLS);
	}

	private static ProgressFile.Refused refusal(String json) {
		return catchThrowableOfType(ProgressFile.Refused.class, () -> read(json));
	}

}
