package dev.mlcareers.portal.role;

import java.math.BigDecimal;
import java.util.List;

import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.certification.CertificationCard;
import dev.mlcareers.portal.education.DegreeLevel;
import dev.mlcareers.portal.education.DegreeView;
import dev.mlcareers.portal.education.EducationSummary;
import dev.mlcareers.portal.industry.EmployerContext;
import dev.mlcareers.portal.industry.EmployerView;
import dev.mlcareers.portal.industry.IndustryView;
import dev.mlcareers.portal.level.LevelScheme;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.roadmap.NamedLink;
import dev.mlcareers.portal.roadmap.StepLink;
import dev.mlcareers.portal.role.RolePage.Career;
import dev.mlcareers.portal.role.RolePage.Duty;
import dev.mlcareers.portal.role.RolePage.FaqView;
import dev.mlcareers.portal.role.RolePage.Fit;
import dev.mlcareers.portal.role.RolePage.Ladder;
import dev.mlcareers.portal.role.RolePage.Ladder.LadderLink;
import dev.mlcareers.portal.role.RolePage.LevelResponsibilities;
import dev.mlcareers.portal.role.RolePage.Market;
import dev.mlcareers.portal.role.RolePage.NameInDocument;
import dev.mlcareers.portal.role.RolePage.Overview;
import dev.mlcareers.portal.role.RolePage.Qualifications;
import dev.mlcareers.portal.role.RolePage.Questions;
import dev.mlcareers.portal.role.RolePage.ResponsibilityList;
import dev.mlcareers.portal.role.RolePage.TradeOffView;
import dev.mlcareers.portal.role.RolePage.WeekAtStage;
import dev.mlcareers.portal.role.RolePage.Work;
import dev.mlcareers.portal.role.RolePage.WorkMix;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.salary.PaySummary;
import dev.mlcareers.portal.salary.Statistic;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.skill.RoleSkillView;
import dev.mlcareers.portal.skill.SkillCategory;
import dev.mlcareers.portal.skill.SkillGroup;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

/** Small, hand-made read models for the web slice tests of the role pages. */
final class RoleFixtures {

	static final SourceRef GUIDE = new SourceRef("career-guide", 1, "Career guide");

	static final SourceRef PROFILE = new SourceRef("career-profile", 5, "Career profile");

	static final RoleRef ENGINEER = new RoleRef("machine-learning-engineer", "Machine Learning Engineer", 2, true);

	static final RoleRef ANALYST = new RoleRef("data-analyst", "Data Analyst", 1, false);

	static final RoleRef DIRECTOR = new RoleRef("technical-director", "Technical Director", 4, false);

	private RoleFixtures() {
	}

	static RoleCard card(String slug, String title, boolean flagship, List<PayBand> pay) {
		return new RoleCard(slug, title, Track.ENGINEERING, flagship ? 2 : 3, flagship, title + " summary.",
				PaySummary.of(pay));
	}

	static PayBand entryBandInIndia() {
		LevelView entry = new LevelView("career-guide-entry", LevelScheme.SALARY_BANDS, Stage.ENTRY, "Entry level", 0,
				4, null, GUIDE);
		return new PayBand("machine-learning-engineer", Region.IN, "INR", entry, Statistic.RANGE,
				BigDecimal.valueOf(700_000), BigDecimal.valueOf(1_200_000), false, false, null, GUIDE);
	}

	/** The flagship with one fact in every section. */
	static RolePage flagship() {
		LevelView junior = new LevelView("career-profile-week-junior", LevelScheme.WEEK_IN_THE_LIFE, Stage.ENTRY,
				"Junior", 1, 2, "In the first years.", PROFILE);
		RoleCard role = card("machine-learning-engineer", "Machine Learning Engineer", true,
				List.of(entryBandInIndia()));
		LadderDiagram diagram = LadderDiagram.layout(ENGINEER, List.of(DIRECTOR), List.of(ANALYST));
		return new RolePage(
				new Overview(role, List.of(new NameInDocument("MLE", List.of(GUIDE))),
						List.of(new SourcedText("Builds learning systems.", GUIDE)),
						List.of(new SourcedText("Offices or remote.", GUIDE)),
						new WorkMix(List.of(new WorkMix.Share("Analyst", "Explores data.", 30)),
								WorkMixChart.layout(List.of(new WorkMixChart.Share("Analyst", 30))), PROFILE)),
				new Work(
						List.of(new Duty("Designing models", "Designs models.", "Healthcare", "Tumour detection.",
								GUIDE)),
						List.of(new ResponsibilityList(GUIDE,
								List.of(new ResponsibilityList.Responsibility("Cleaning", "Clean the data.")))),
						List.of(new LevelResponsibilities(junior, List.of("Assist with cleaning."))),
						List.of(new WeekAtStage(junior,
								List.of(new WeekAtStage.Day(1, "Data wrangling", "Cleaning data."))))),
				new Qualifications(
						List.of(new SkillGroup<>(SkillCategory.LANGUAGE,
								List.of(new RoleSkillView("python", "Python", List.of(GUIDE),
										List.of(new SourcedText("A recommender in Python.", GUIDE)))))),
						new EducationSummary(List
							.of(new DegreeView(DegreeLevel.MASTER_OR_PHD, List.of(), "Common in research.", GUIDE)),
								List.of(new SourcedText("Courses help.", GUIDE))),
						List.of(new CertificationCard("tensorflow-developer-certificate",
								"TensorFlow Developer Certificate", null, "A certificate.", GUIDE,
								List.of(new NamedLink(role.slug(), role.title(), GUIDE)),
								List.of(new StepLink("machine-learning-engineer", 10, "Earn a certification",
										GUIDE))))),
				new Market(
						List.of(new IndustryView("finance", "Finance and banking", List.of(GUIDE),
								List.of(new SourcedText("Fraud detection", GUIDE)))),
						List.of(new EmployerView("ibm", "IBM",
								List.of(new EmployerView.Mention(EmployerContext.INTERNSHIP, GUIDE)))),
						List.of(new OutlookFigure(OutlookKind.UP_TO, null, 75, "Demand growth", "over five years", null,
								GUIDE)),
						List.of(entryBandInIndia())),
				new Career(
						new Ladder(List.of(new LadderLink(ANALYST, List.of(GUIDE))),
								List.of(new LadderLink(DIRECTOR, List.of(GUIDE))), diagram),
						List.of(new StepLink("machine-learning-engineer", 11, "Gain experience and apply", PROFILE),
								new StepLink("machine-learning-engineer", 12, "Specialise and keep learning", null))),
				new Fit(List.of(new TradeOffView(TradeOffAspect.MONEY, "Pays well.", PROFILE)),
						List.of(new SourcedText("You enjoy solving problems.", PROFILE)),
						List.of(new SourcedText("You dislike debugging.", PROFILE))),
				new Questions(List.of(new FaqView(1, "Which language?", "Python.", GUIDE, List.of(GUIDE)))));
	}

	/** A role the documents only name: no facts beyond its place on the ladder. */
	static RolePage sparse() {
		RoleCard role = card("technical-director", "Technical Director", false, List.of());
		LadderDiagram diagram = LadderDiagram.layout(DIRECTOR, List.of(), List.of(ENGINEER));
		return new RolePage(
				new Overview(role, List.of(), List.of(new SourcedText("Named as a further step.", GUIDE)), List.of(),
						null),
				new Work(List.of(), List.of(), List.of(), List.of()),
				new Qualifications(List.of(), new EducationSummary(List.of(), List.of()), List.of()),
				new Market(List.of(), List.of(), List.of(), List.of()),
				new Career(new Ladder(List.of(new LadderLink(ENGINEER, List.of(GUIDE))), List.of(), diagram),
						List.of()),
				new Fit(List.of(), List.of(), List.of()), new Questions(List.of()));
	}

}
