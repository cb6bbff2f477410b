package dev.mlcareers.portal.role;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.salary.PaySummary;
import dev.mlcareers.portal.salary.Statistic;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.skill.RoleSkillView;
import dev.mlcareers.portal.skill.SkillCategory;
import dev.mlcareers.portal.skill.SkillGroup;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's sources are what its sections cite: each section walks its own fields, and a
 * document held anywhere in the page and not cited fails here.
 */
class RolePageTests {

	@Test
	void eachSectionCitesTheDocumentOfEveryOneOfItsFields() {
		Documents documents = new Documents();
		RolePage page = everyFieldItsOwnDocument(documents);
		assertThat(page.overview().cited()).containsExactlyElementsOf(documents.of("overview"));
		assertThat(page.work().cited()).containsExactlyElementsOf(documents.of("work"));
		assertThat(page.qualifications().cited()).containsExactlyElementsOf(documents.of("qualifications"));
		assertThat(page.market().cited()).containsExactlyElementsOf(documents.of("market"));
		assertThat(page.career().cited()).containsExactlyElementsOf(documents.of("career"));
		assertThat(page.fit().cited()).containsExactlyElementsOf(documents.of("fit"));
		assertThat(page.questions().cited()).containsExactlyElementsOf(documents.of("questions"));
		assertThat(page.sources()).containsExactlyElementsOf(documents.all());
	}

	/**
	 * A field added to a section, or to anything a section holds, with a document of its
	 * own, fails here until its section walks it.
	 */
	@Test
	void citesEveryDocumentThePageHolds() {
		RolePage page = everyFieldItsOwnDocument(new Documents());
		Set<SourceRef> held = new LinkedHashSet<>();
		collect(page, held);
		assertThat(page.sources()).containsExactlyInAnyOrderElementsOf(held);
	}

	@Test
	void citesEachDocumentOnceInCitationOrderWhicheverSectionsCiteIt() {
		SourceRef first = document(1);
		SourceRef second = document(2);
		SourceRef third = document(3);
		RolePage page = new RolePage(
				new Overview(card(List.of()), List.of(), List.of(new SourcedText("Builds systems.", third)), List.of(),
						null),
				new Work(List.of(), List.of(), List.of(), List.of()),
				new Qualifications(List.of(), new EducationSummary(List.of(), List.of()), List.of()),
				new Market(List.of(), List.of(), List.of(), List.of()),
				new Career(ladder(List.of(new LadderLink(RoleFixtures.ANALYST, List.of(second, first)))),
						List.of(new StepLink("machine-learning-engineer", 12, "Keep learning", null))),
				new Fit(List.of(), List.of(new SourcedText("You like puzzles.", second)), List.of()),
				new Questions(List.of()));
		assertThat(page.career().cited()).containsExactly(first, second);
		assertThat(page.sources()).containsExactly(first, second, third);
	}

	@Test
	void namesTheTopicsTheDocumentsLeaveOpenInThePageOrder() {
		RolePage page = new RolePage(new Overview(card(List.of()), List.of(), List.of(), List.of(), null),
				new Work(List.of(), List.of(), List.of(), List.of()),
				new Qualifications(List.of(), new EducationSummary(List.of(), List.of()), List.of()),
				new Market(List.of(), List.of(), List.of(), List.of()), new Career(ladder(List.of()), List.of()),
				new Fit(List.of(), List.of(), List.of()), new Questions(List.of()));
		assertThat(page.unknownTopics()).containsExactly("duties", "week", "skills", "education", "pay", "outlook");
		assertThat(page.work().hasDuties()).isFalse();
		assertThat(page.qualifications().hasEducation()).isFalse();
		assertThat(page.market().hasIndustries()).isFalse();
		assertThat(page.fit().hasFit()).isFalse();
		assertThat(page.sources()).isEmpty();
	}

	/**
	 * A page with a document of its own for every field a section cites. What the page
	 * shows under another field's citation, or not at all, shares that field's document:
	 * a skill's examples come from documents that name it, a pay figure's level from the
	 * figure's document; the card's pay and a certification's links are not on the page.
	 */
	private static RolePage everyFieldItsOwnDocument(Documents documents) {
		documents.section("overview");
		List<NameInDocument> names = List.of(new NameInDocument("MLE", List.of(documents.next())));
		List<SourcedText> texts = List.of(new SourcedText("Builds learning systems.", documents.next()));
		List<SourcedText> workEnvironment = List.of(new SourcedText("Offices or remote.", documents.next()));
		WorkMix workMix = new WorkMix(List.of(new WorkMix.Share("Analyst", "Explores data.", 30)),
				WorkMixChart.layout(List.of(new WorkMixChart.Share("Analyst", 30))), documents.next());
		documents.section("work");
		Work work = new Work(
				List.of(new Duty("Designing models", "Designs models.", "Healthcare", "Tumour detection.",
						documents.next())),
				List.of(new ResponsibilityList(documents.next(),
						List.of(new ResponsibilityList.Responsibility("Cleaning", "Clean the data.")))),
				List.of(new LevelResponsibilities(level(documents.next()), List.of("Assist with cleaning."))),
				List.of(new WeekAtStage(level(documents.next()),
						List.of(new WeekAtStage.Day(1, "Data wrangling", "Cleaning data.")))));
		documents.section("qualifications");
		SourceRef namesPython = documents.next();
		SourceRef certification = documents.next();
		Qualifications qualifications = new Qualifications(
				List.of(new SkillGroup<>(SkillCategory.LANGUAGE,
						List.of(new RoleSkillView("python", "Python", List.of(namesPython),
								List.of(new SourcedText("A recommender in Python.", namesPython)))))),
				new EducationSummary(List
					.of(new DegreeView(DegreeLevel.MASTER_OR_PHD, List.of(), "Common in research.", documents.next())),
						List.of(new SourcedText("Courses help.", documents.next()))),
				List.of(new CertificationCard("tensorflow-developer-certificate", "TensorFlow Developer Certificate",
						null, "A certificate.", certification,
						List.of(new NamedLink("machine-learning-engineer", "Machine Learning Engineer", certification)),
						List.of(new StepLink("machine-learning-engineer", 10, "Earn a certification",
								certification)))));
		documents.section("market");
		List<IndustryView> industries = List.of(new IndustryView("finance", "Finance and banking",
				List.of(documents.next()), List.of(new SourcedText("Fraud detection", documents.next()))));
		List<EmployerView> employers = List.of(new EmployerView("ibm", "IBM",
				List.of(new EmployerView.Mention(EmployerContext.INTERNSHIP, documents.next()))));
		List<OutlookFigure> outlook = List.of(new OutlookFigure(OutlookKind.UP_TO, null, 75, "Demand growth",
				"over five years", null, documents.next()));
		SourceRef payFigure = documents.next();
		List<PayBand> pay = List
			.of(new PayBand("machine-learning-engineer", Region.IN, "INR", level(payFigure), Statistic.RANGE,
					BigDecimal.valueOf(700_000), BigDecimal.valueOf(1_200_000), false, false, null, payFigure));
		Market market = new Market(industries, employers, outlook, pay);
		documents.section("career");
		Career career = new Career(
				new Ladder(List.of(new LadderLink(RoleFixtures.ANALYST, List.of(documents.next()))),
						List.of(new LadderLink(RoleFixtures.DIRECTOR, List.of(documents.next()))),
						LadderDiagram.layout(RoleFixtures.ENGINEER, List.of(), List.of())),
				List.of(new StepLink("machine-learning-engineer", 11, "Gain experience and apply", documents.next()),
						new StepLink("machine-learning-engineer", 12, "Specialise and keep learning", null)));
		documents.section("fit");
		Fit fit = new Fit(List.of(new TradeOffView(TradeOffAspect.MONEY, "Pays well.", documents.next())),
				List.of(new SourcedText("You enjoy solving problems.", documents.next())),
				List.of(new SourcedText("You dislike debugging.", documents.next())));
		documents.section("questions");
		Questions questions = new Questions(
				List.of(new FaqView(1, "Which language?", "Python.", documents.next(), List.of(documents.next()))));
		return new RolePage(new Overview(card(pay), names, texts, workEnvironment, workMix), work, qualifications,
				market, career, fit, questions);
	}

	/** Every document held anywhere in the value: in records, lists and maps. */
	private static void collect(Object value, Set<SourceRef> held) {
		if (value instanceof SourceRef ref) {
			held.add(ref);
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				collect(read(record, component), held);
			}
		}
		else if (value instanceof Collection<?> values) {
			values.forEach((each) -> collect(each, held));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((each) -> collect(each, held));
		}
	}

	private static Object read(Record record, RecordComponent component) {
		try {
			Method accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RoleCard card(List<PayBand> pay) {
		return new RoleCard("machine-learning-engineer", "Machine Learning Engineer", Track.ENGINEERING, 2, true,
				"Builds learning systems.", PaySummary.of(pay));
	}

	private static Ladder ladder(List<LadderLink> comesFrom) {
		return new Ladder(comesFrom, List.of(), LadderDiagram.layout(RoleFixtures.ENGINEER, List.of(),
				comesFrom.stream().map(LadderLink::role).toList()));
	}

	private static LevelView level(SourceRef source) {
		return new LevelView(source.id() + "-entry", LevelScheme.WEEK_IN_THE_LIFE, Stage.ENTRY, "Junior", 1, 2, null,
				source);
	}

	private static SourceRef document(int number) {
		return new SourceRef("document-" + number, number, "Document " + number);
	}

	/** Documents numbered in the order they are made, kept per section. */
	private static final class Documents {

		private final Map<String, List<SourceRef>> bySection = new LinkedHashMap<>();

		private List<SourceRef> current;

		void section(String name) {
			this.current = new ArrayList<>();
			this.bySection.put(name, this.current);
		}

		SourceRef next() {
			SourceRef next = document(all().size() + 1);
			this.current.add(next);
			return next;
		}

		List<SourceRef> of(String section) {
			return this.bySection.get(section);
		}

		List<SourceRef> all() {
			return this.bySection.values().stream().flatMap(List::stream).toList();
		}

	}

}
