package dev.mlcareers.portal.source;

import dev.mlcareers.portal.shared.Coded;

/**
 * The kinds of fact a document contributes, how to count them, and where on the site they
 * appear. The counting SQL names other features' tables: it reads the store, it does not
 * depend on code.
 */
public enum ContributionKind implements Coded {

	ROLES("SELECT source_id, COUNT(*) FROM role_source GROUP BY source_id", "/roles"),

	ROLE_STATEMENTS("SELECT source_id, COUNT(*) FROM role_fact GROUP BY source_id", "/roles"),

	LADDER_LINKS("SELECT source_id, COUNT(*) FROM role_transition GROUP BY source_id",
			"/roles/machine-learning-engineer#ladder"),

	RESPONSIBILITIES("SELECT source_id, COUNT(*) FROM responsibility GROUP BY source_id",
			"/roles/machine-learning-engineer#duties"),

	CORE_DUTIES("SELECT source_id, COUNT(*) FROM core_duty GROUP BY source_id",
			"/roles/machine-learning-engineer#duties"),

	WORK_MIX("SELECT source_id, COUNT(*) FROM work_mix_share GROUP BY source_id",
			"/roles/machine-learning-engineer#overview"),

	WEEK_DAYS("SELECT source_id, COUNT(*) FROM week_entry GROUP BY source_id", "/roles/machine-learning-engineer#week"),

	EXPERIENCE_LEVELS("SELECT source_id, COUNT(*) FROM experience_level GROUP BY source_id", "/salaries"),

	SKILLS("SELECT source_id, COUNT(DISTINCT skill_slug) FROM role_skill GROUP BY source_id", "/skills"),

	CERTIFICATIONS("SELECT source_id, COUNT(*) FROM certification GROUP BY source_id", "/certifications"),

	DEGREES("SELECT source_id, COUNT(*) FROM degree GROUP BY source_id", "/roles/machine-learning-engineer#education"),

	EDUCATION_NOTES("SELECT source_id, COUNT(*) FROM education_note GROUP BY source_id",
			"/roles/machine-learning-engineer#education"),

	INDUSTRIES("SELECT source_id, COUNT(*) FROM industry_mention GROUP BY source_id",
			"/roles/machine-learning-engineer#industries"),

	INDUSTRY_USES("SELECT source_id, COUNT(*) FROM industry_use_case GROUP BY source_id",
			"/roles/machine-learning-engineer#industries"),

	EMPLOYERS("SELECT source_id, COUNT(*) FROM employer_mention GROUP BY source_id",
			"/roles/machine-learning-engineer#industries"),

	OUTLOOK_FIGURES("SELECT source_id, COUNT(*) FROM outlook_stat GROUP BY source_id",
			"/roles/machine-learning-engineer#outlook"),

	PAY_FIGURES("SELECT source_id, COUNT(*) FROM salary_band GROUP BY source_id", "/salaries"),

	PAY_FACTORS("SELECT source_id, COUNT(*) FROM salary_factor GROUP BY source_id", "/salaries"),

	EDUCATION_PATHS("SELECT source_id, COUNT(*) FROM education_path GROUP BY source_id", "/paths"),

	EDUCATION_STAGES("SELECT source_id, COUNT(*) FROM education_stage GROUP BY source_id", "/paths"),

	ALTERNATIVE_PATHWAYS("SELECT source_id, COUNT(*) FROM alternative_pathway GROUP BY source_id", "/paths"),

	EXAMS("SELECT source_id, COUNT(*) FROM exam GROUP BY source_id", "/paths"),

	ROADMAP_STEPS("SELECT source_id, COUNT(*) FROM source_path_step GROUP BY source_id",
			"/roadmaps/machine-learning-engineer"),

	STEP_OUTCOMES("SELECT source_id, COUNT(*) FROM roadmap_step_outcome GROUP BY source_id",
			"/roadmaps/machine-learning-engineer"),

	/** Only the links a document makes; the portal's own suggestions count for no one. */
	STEP_LINKS("SELECT source_id, COUNT(*) FROM (SELECT source_id FROM roadmap_step_skill "
			+ "UNION ALL SELECT source_id FROM roadmap_step_certification "
			+ "UNION ALL SELECT source_id FROM roadmap_step_role) l WHERE source_id IS NOT NULL GROUP BY source_id",
			"/roadmaps/machine-learning-engineer"),

	TRADE_OFFS("SELECT source_id, COUNT(*) FROM trade_off GROUP BY source_id", "/roles/machine-learning-engineer#fit"),

	FIT_STATEMENTS("SELECT source_id, COUNT(*) FROM fit_statement GROUP BY source_id",
			"/roles/machine-learning-engineer#fit"),

	QUESTIONS("SELECT question_source_id, COUNT(*) FROM faq GROUP BY question_source_id",
			"/roles/machine-learning-engineer#faq");

	private final String countSql;

	private final String path;

	ContributionKind(String countSql, String path) {
		this.countSql = countSql;
		this.path = path;
	}

	String countSql() {
		return this.countSql;
	}

	/** Where on the site these facts appear. */
	public String path() {
		return this.path;
	}

}
