package dev.mlcareers.portal.roadmap;

import java.util.Optional;

import dev.mlcareers.portal.system.IncompletePage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

/**
 * The skills a visitor has, for a page that marks them beside its own content (a role, a
 * skill, a comparison): {@code holdings} in the model, and {@code holdingsUnknown} while
 * the database cannot be read, when the page is shown without marks, says so, and is not
 * kept ({@link IncompletePage}).
 */
public final class SkillMarks {

	private SkillMarks() {
	}

	/**
	 * Adds the holdings read, or none and {@code holdingsUnknown} if they could not be
	 * read ({@link ProgressService#skillsIfReadable}).
	 */
	public static void addTo(Model model, Optional<SkillHoldings> read, HttpServletResponse response) {
		if (read.isEmpty()) {
			IncompletePage.mark(response);
		}
		model.addAttribute("holdings", read.orElseGet(SkillHoldings::none));
		model.addAttribute("holdingsUnknown", read.isEmpty());
	}

}
