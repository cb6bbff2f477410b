package dev.mlcareers.portal.role;

import java.util.List;

import dev.mlcareers.portal.certification.CertificationCard;
import dev.mlcareers.portal.education.EducationSummary;
import dev.mlcareers.portal.industry.EmployerView;
import dev.mlcareers.portal.industry.IndustryView;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.skill.RoleSkillView;
import dev.mlcareers.portal.skill.SkillGroup;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/**
 * Everything the page of one role shows. Lists are empty where the documents say nothing;
 * the facts about the career as a whole (education, industries, trade-offs, questions)
 * belong to the flagship role, which is what the documents describe.
 */
public record RolePage(RoleCard role, List<NameInDocument> names, List<SourcedText> overview,
		List<SourcedText> workEnvironment, WorkMix workMix, List<Duty> duties,
		List<ResponsibilityList> responsibilities, List<LevelResponsibilities> responsibilitiesByLevel,
		List<WeekAtStage> week, List<SkillGroup<RoleSkillView>> skills, EducationSummary education,
		List<CertificationCard> certifications, List<IndustryView> industries, List<EmployerView> employers,
		List<OutlookFigure> outlook, List<PayBand> pay, Ladder ladder, List<StepLink> roadmapSteps,
		List<TradeOffView> tradeOffs, List<SourcedText> suits, List<SourcedText> notSuits, List<FaqView> faqs,
		List<SourceRef> sources) {

	public boolean hasDuties() {
		return !this.duties.isEmpty() || !this.responsibilities.isEmpty() || !this.responsibilitiesByLevel.isEmpty();
	}

	public boolean hasEducation() {
		return !this.education.degrees().isEmpty() || !this.certifications.isEmpty();
	}

	public boolean hasIndustries() {
		return !this.industries.isEmpty() || !this.employers.isEmpty();
	}

	public boolean hasFit() {
		return !this.tradeOffs.isEmpty() || !this.suits.isEmpty() || !this.notSuits.isEmpty();
	}

	/** The topics a full role page covers that the documents leave open for this role. */
	public List<String> unknownTopics() {
		List<String> unknown = new java.util.ArrayList<>();
		if (!hasDuties()) {
			unknown.add("duties");
		}
		if (this.week.isEmpty()) {
			unknown.add("week");
		}
		if (this.skills.isEmpty()) {
			unknown.add("skills");
		}
		if (!hasEducation()) {
			unknown.add("education");
		}
		if (this.pay.isEmpty()) {
			unknown.add("pay");
		}
		if (this.outlook.isEmpty()) {
			unknown.add("outlook");
		}
		return List.copyOf(unknown);
	}

	/** The same page, citing these documents in its sources section. */
	RolePage withSources(List<SourceRef> cited) {
		return new RolePage(this.role, this.names, this.overview, this.workEnvironment, this.workMix, this.duties,
				this.responsibilities, this.responsibilitiesByLevel, this.week, this.skills, this.education,
				this.certifications, this.industries, this.employers, this.outlook, this.pay, this.ladder,
				this.roadmapSteps, this.tradeOffs, this.suits, this.notSuits, this.faqs, List.copyOf(cited));
	}

	/** A name the documents use for the role, and the documents that use it. */
	public record NameInDocument(String name, List<SourceRef> sources) {
	}

	/** The shares of work per sub-role, as one document gives them, and their picture. */
	public record WorkMix(List<Share> shares, WorkMixChart chart, SourceRef source) {

		/** One sub-role and its share in percent. */
		public record Share(String subRole, String text, int percent) {
		}

	}

	/** A core duty, with its industry example where the document gives one. */
	public record Duty(String title, String text, String industry, String example, SourceRef source) {
	}

	/** One document's list of responsibilities. */
	public record ResponsibilityList(SourceRef source, List<Responsibility> items) {

		/** A responsibility, with a short title where the document gives one. */
		public record Responsibility(String title, String text) {
		}

	}

	/** The responsibilities at one experience level. */
	public record LevelResponsibilities(LevelView level, List<String> items) {
	}

	/** A working week at one career stage. */
	public record WeekAtStage(LevelView level, List<Day> days) {

		/** One day: its weekday (1 is Monday), theme and what happens. */
		public record Day(int weekday, String theme, String text) {
		}

	}

	/**
	 * Where the role sits on the ladder: what leads to it and what it leads to, and the
	 * picture.
	 */
	public record Ladder(List<LadderLink> comesFrom, List<LadderLink> leadsTo, LadderDiagram diagram) {

		/** A neighbouring role and the documents that draw the link. */
		public record LadderLink(String slug, String title, List<SourceRef> sources) {
		}

	}

	/** A trade-off of the career. */
	public record TradeOffView(TradeOffAspect aspect, String text, SourceRef source) {
	}

	/**
	 * A question, the document that asks it, and an answer from the named documents'
	 * facts.
	 */
	public record FaqView(int number, String question, String answer, SourceRef askedBy, List<SourceRef> answeredFrom) {
	}

}
