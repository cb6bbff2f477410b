package dev.mlcareers.portal.roadmap.restructuring.merge;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.roadmap.RoadmapRestructuring;
import dev.mlcareers.portal.roadmap.StepMove;

/**
 * A content version for the tests only, on the twelve steps of the machine learning
 * engineer roadmap: steps 3 and 4 become step 3, steps 5 to 8 become 4 to 7, step 9 is
 * split into 8 and 9, step 12 gets a new title, and steps 1, 2, 10 and 11 stay as they
 * are.
 */
public class V900__Merge_split_and_renumber_steps extends RoadmapRestructuring {

	public static final String ROADMAP = "machine-learning-engineer";

	private static final String STEP = "roadmap_slug = '" + ROADMAP + "' AND number = ";

	@Override
	protected List<String> contentChanges() {
		List<String> changes = new ArrayList<>();
		for (String links : List.of("roadmap_step_origin", "roadmap_step_outcome", "roadmap_step_skill",
				"roadmap_step_certification", "roadmap_step_role")) {
			changes.add("DELETE FROM " + links + " WHERE step_id = (SELECT id FROM roadmap_step WHERE " + STEP + "4)");
		}
		changes.add("DELETE FROM roadmap_step WHERE " + STEP + "4");
		changes.add("UPDATE roadmap_step SET title = 'Steps three and four' WHERE " + STEP + "3");
		// Through negative numbers: PostgreSQL checks UNIQUE (roadmap_slug, number) row
		// by row.
		changes.add("UPDATE roadmap_step SET number = -number WHERE roadmap_slug = '" + ROADMAP
				+ "' AND number BETWEEN 5 AND 8");
		changes
			.add("UPDATE roadmap_step SET number = -number - 1 WHERE roadmap_slug = '" + ROADMAP + "' AND number < 0");
		changes.add("INSERT INTO roadmap_step (id, roadmap_slug, number, title, summary, why) SELECT MAX(id) + 1, '"
				+ ROADMAP + "', 8, 'First half of step nine', 'A summary', 'A reason' FROM roadmap_step");
		changes.add("UPDATE roadmap_step SET title = 'Second half of step nine' WHERE " + STEP + "9");
		changes.add("UPDATE roadmap_step SET title = 'Step twelve renamed' WHERE " + STEP + "12");
		changes.add("INSERT INTO content_version (version, released_on, summary)"
				+ " VALUES (900, DATE '2026-12-05', 'A restructuring for the tests')");
		changes.add("INSERT INTO content_version_page (version, page, label, position)"
				+ " VALUES (900, '/roadmaps/machine-learning-engineer/steps/*', 'Every step of the roadmap', 1)");
		return changes;
	}

	@Override
	protected List<StepMove> moves() {
		List<StepMove> moves = new ArrayList<>(StepMove.merge(ROADMAP, 3, 3, 4));
		for (int from = 5; from <= 8; from++) {
			moves.add(new StepMove(ROADMAP, from, from - 1));
		}
		moves.addAll(StepMove.split(ROADMAP, 9, 8, 9));
		return moves;
	}

}
