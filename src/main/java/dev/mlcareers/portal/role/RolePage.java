package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.List;

import dev.mlcareers.portal.certification.CertificationCard;
import dev.mlcareers.portal.education.EducationSummary;
import dev.mlcareers.portal.industry.EmployerView;
import dev.mlcareers.portal.industry.IndustryView;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.skill.RoleSkillView;
import dev.mlcareers.portal.skill.SkillGroup;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/**
 * Everything the page of one role shows, section by section. Lists are empty where the
 * documents say nothing; the facts about the career as a whole (education, industries,
 * trade-offs, who it suits) belong to the flagship role, which is what the documents
 * describe.
 *
 * <p>
 * Each section names the documents it cites, beside the fields it walks; the page's
 * sources are theirs together.
 */
public record RolePage(Overview overview, Work work, Qualifications qualifications, Market market, Career career,
		Fit fit, Questions questions) {

	/**
	 * Every document the page cites, each once, in citation order: its sources section.
	 */
	public List<SourceRef> sources() {
		return SourceCatalog
			.inCitationOrder(sections().stream().flatMap((section) -> section.cited().stream()).toList());
	}

	/** The topics a full role page covers that the documents leave open for this role. */
	public List<String> unknownTopics() {
		List<String> unknown = new ArrayList<>(this.work.unknownTopics());
		unknown.addAll(this.qualifications.unknownTopics());
		unknown.addAll(this.market.unknownTopics());
		return List.copyOf(unknown);
	}

	/** The sections in the page's order. */
	List<Section> sections() {
		return List.of(this.overview, this.work, this.qualifications, this.market, this.career, this.fit,
				this.questions);
	}

	/** A part of the page, and the documents it cites. */
	interface Section {

		/** The documents this section cites, each once, in citation order. */
		List<SourceRef> cited();

	}

	/**
	 * The page's header and overview: the role, the names the documents use for it, what
	 * it is, where and how it is done, and what the work is made of.
	 */
	public record Overview(RoleCard role, List<NameInDocument> names, List<SourcedText> texts,
			List<SourcedText> workEnvironment, WorkMix workMix) implements Section {

		/**
		 * The card is not walked: the page shows none of its pay, whose figures the
		 * market section cites.
		 */
		@Override
		public List<SourceRef> cited() {
			List<SourceRef> cited = new ArrayList<>();
			this.names.forEach((name) -> cited.addAll(name.sources()));
			this.texts.forEach((text) -> cited.add(text.source()));
			this.workEnvironment.forEach((text) -> cited.add(text.source()));
			if (this.workMix != null) {
				cited.add(this.workMix.source());
			}
			return SourceCatalog.inCitationOrder(cited);
		}

	}

	/** The work itself: duties and responsibilities, and a week at each career stage. */
	public record Work(List<Duty> duties, List<ResponsibilityList> responsibilities,
			List<LevelResponsibilities> responsibilitiesByLevel, List<WeekAtStage> week) implements Section {

		public boolean hasDuties() {
			return !this.duties.isEmpty() || !this.responsibilities.isEmpty()
					|| !this.responsibilitiesByLevel.isEmpty();
		}

		List<String> unknownTopics() {
			List<String> unknown = new ArrayList<>();
			if (!hasDuties()) {
				unknown.add("duties");
			}
			if (this.week.isEmpty()) {
				unknown.add("week");
			}
			return unknown;
		}

		@Override
		public List<SourceRef> cited() {
			List<SourceRef> cited = new ArrayList<>();
			this.duties.forEach((duty) -> cited.add(duty.source()));
			this.responsibilities.forEach((list) -> cited.add(list.source()));
			this.responsibilitiesByLevel.forEach((level) -> cited.add(level.level().source()));
			this.week.forEach((stage) -> cited.add(stage.level().source()));
			return SourceCatalog.inCitationOrder(cited);
		}

	}

	/** What the role asks for: skills and tools, degrees and certifications. */
	public record Qualifications(List<SkillGroup<RoleSkillView>> skills, EducationSummary education,
			List<CertificationCard> certifications) implements Section {

		public boolean hasEducation() {
			return !this.education.degrees().isEmpty() || !this.certifications.isEmpty();
		}

		List<String> unknownTopics() {
			List<String> unknown = new ArrayList<>();
			if (this.skills.isEmpty()) {
				unknown.add("skills");
			}
			if (!hasEducation()) {
				unknown.add("education");
			}
			return unknown;
		}

		@Override
		public List<SourceRef> cited() {
			List<SourceRef> cited = new ArrayList<>();
			this.skills.forEach((group) -> group.skills().forEach((skill) -> cited.addAll(skill.namedBy())));
			this.education.degrees().forEach((degree) -> cited.add(degree.source()));
			this.education.credentialNotes().forEach((note) -> cited.add(note.source()));
			this.certifications.forEach((certification) -> cited.add(certification.source()));
			return SourceCatalog.inCitationOrder(cited);
		}

	}

	/** The job market: industries and employers, the outlook, and pay. */
	public record Market(List<IndustryView> industries, List<EmployerView> employers, List<OutlookFigure> outlook,
			List<PayBand> pay) implements Section {

		public boolean hasIndustries() {
			return !this.industries.isEmpty() || !this.employers.isEmpty();
		}

		List<String> unknownTopics() {
			List<String> unknown = new ArrayList<>();
			if (this.pay.isEmpty()) {
				unknown.add("pay");
			}
			if (this.outlook.isEmpty()) {
				unknown.add("outlook");
			}
			return unknown;
		}

		@Override
		public List<SourceRef> cited() {
			List<SourceRef> cited = new ArrayList<>();
			this.industries.forEach((industry) -> {
				cited.addAll(industry.hiringPer());
				industry.useCases().forEach((use) -> cited.add(use.source()));
			});
			this.employers.forEach((employer) -> employer.mentions().forEach((mention) -> cited.add(mention.source())));
			this.outlook.forEach((figure) -> cited.add(figure.source()));
			this.pay.forEach((band) -> cited.add(band.source()));
			return SourceCatalog.inCitationOrder(cited);
		}

	}

	/**
	 * Where the role leads: its place on the ladder, and the roadmap steps towards it.
	 */
	public record Career(Ladder ladder, List<StepLink> roadmapSteps) implements Section {

		/** A step the portal links on its own cites no document. */
		@Override
		public List<SourceRef> cited() {
			List<SourceRef> cited = new ArrayList<>();
			this.ladder.comesFrom().forEach((link) -> cited.addAll(link.sources()));
			this.ladder.leadsTo().forEach((link) -> cited.addAll(link.sources()));
			this.roadmapSteps.stream().filter((step) -> !step.editorial()).forEach((step) -> cited.add(step.source()));
			return SourceCatalog.inCitationOrder(cited);
		}

	}

	/**
	 * Whether the role is for you: the career's trade-offs, whom it suits and whom not,
	 * and the questions people ask.
	 */
	public record Fit(List<TradeOffView> tradeOffs, List<SourcedText> suits,
			List<SourcedText> notSuits) implements Section {

		/** Whether there are trade-offs or suits to show. */
		public boolean hasFit() {
			return !this.tradeOffs.isEmpty() || !this.suits.isEmpty() || !this.notSuits.isEmpty();
		}

		@Override
		public List<SourceRef> cited() {
			List<SourceRef> cited = new ArrayList<>();
			this.tradeOffs.forEach((tradeOff) -> cited.add(tradeOff.source()));
			this.suits.forEach((text) -> cited.add(text.source()));
			this.notSuits.forEach((text) -> cited.add(text.source()));
			return SourceCatalog.inCitationOrder(cited);
		}

	}

	/** The questions people ask about the role, each answered from the documents. */
	public record Questions(List<FaqView> faqs) implements Section {

		@Override
		public List<SourceRef> cited() {
			List<SourceRef> cited = new ArrayList<>();
			this.faqs.forEach((faq) -> {
				cited.add(faq.askedBy());
				cited.addAll(faq.answeredFrom());
			});
			return SourceCatalog.inCitationOrder(cited);
		}

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
		public record LadderLink(RoleRef role, List<SourceRef> sources) {
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
