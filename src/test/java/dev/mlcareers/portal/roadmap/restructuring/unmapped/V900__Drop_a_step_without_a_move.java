package dev.mlcareers.portal.roadmap.restructuring.unmapped;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.roadmap.restructuring.merge.V900__Merge_split_and_renumber_steps;

/**
 * The tests' content version, which also deletes step 12 but gives it no move: visitors'
 * progress on it would be lost.
 */
public class V900__Drop_a_step_without_a_move extends V900__Merge_split_and_renumber_steps {

	@Override
	protected List<String> contentChanges() {
		List<String> changes = new ArrayList<>(super.contentChanges());
		String step = "(SELECT id FROM roadmap_step WHERE roadmap_slug = '" + ROADMAP + "' AND number = 12)";
		for (String links : List.of("roadmap_step_origin", "roadmap_step_outcome", "roadmap_step_skill",
				"roadmap_step_certification", "roadmap_step_role")) {
			changes.add("DELETE FROM " + links + " WHERE step_id = " + step);
		}
		changes.add("DELETE FROM roadmap_step WHERE roadmap_slug = '" + ROADMAP + "' AND number = 12");
		return changes;
	}

}
