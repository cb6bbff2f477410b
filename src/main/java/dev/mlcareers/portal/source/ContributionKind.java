package dev.mlcareers.portal.source;

import dev.mlcareers.portal.shared.Coded;

/**
 * The kinds of fact a document contributes, in the order the sources page lists them.
 * Each feature counts its own kinds ({@link SourceContributions}).
 */
public enum ContributionKind implements Coded {

	ROLES, ROLE_STATEMENTS, LADDER_LINKS, RESPONSIBILITIES, CORE_DUTIES, WORK_MIX, WEEK_DAYS, EXPERIENCE_LEVELS, SKILLS,
	CERTIFICATIONS, DEGREES, EDUCATION_NOTES, INDUSTRIES, INDUSTRY_USES, EMPLOYERS, OUTLOOK_FIGURES, PAY_FIGURES,
	PAY_FACTORS, EDUCATION_PATHS, EDUCATION_STAGES, ALTERNATIVE_PATHWAYS, EXAMS, ROADMAP_STEPS, STEP_OUTCOMES,
	STEP_LINKS, TRADE_OFFS, FIT_STATEMENTS, QUESTIONS

}
