package dev.mlcareers.portal.api;

import java.math.BigDecimal;
import java.util.List;

import dev.mlcareers.portal.api.Sourcing.Fact;
import dev.mlcareers.portal.api.Sourcing.Level;
import dev.mlcareers.portal.certification.CertificationCard;
import dev.mlcareers.portal.education.DegreeView;
import dev.mlcareers.portal.industry.EmployerView;
import dev.mlcareers.portal.industry.IndustryView;
import dev.mlcareers.portal.role.OutlookFigure;
import dev.mlcareers.portal.role.RoleCard;
import dev.mlcareers.portal.role.RolePage;
import dev.mlcareers.portal.role.RolePage.Ladder.LadderLink;
import dev.mlcareers.portal.role.TrackGroup;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.salary.PaySummary;
import dev.mlcareers.portal.skill.RoleSkillView;
import dev.mlcareers.portal.skill.SkillGroup;
import io.swagger.v3.oas.annotations.media.Schema;

/** The role resources: the list of roles and one role in full. */
final class RoleResources {

	private RoleResources() {
	}

	static RoleList list(List<TrackGroup> tracks) {
		return new RoleList(
				tracks.stream().flatMap((track) -> track.roles().stream()).map(RoleResources::summary).toList());
	}

	static RoleSummary summary(RoleCard role) {
		return new RoleSummary(role.slug(), role.title(), role.track().code(), role.ladderRank(), role.flagship(),
				role.summary(), role.pay().stream().map(RegionPay::of).toList());
	}

	static RoleDetail detail(RolePage page) {
		RoleCard role = page.overview().role();
		return new RoleDetail(role.slug(), role.title(), role.track().code(), role.ladderRank(), role.flagship(),
				role.summary(),
				page.overview()
					.names()
					.stream()
					.map((name) -> new RoleNameUsed(name.name(), Sourcing.ids(name.sources())))
					.toList(),
				Sourcing.facts(page.overview().texts()), Sourcing.facts(page.overview().workEnvironment()),
				(page.overview().workMix() != null) ? WorkMix.of(page.overview().workMix()) : null,
				page.work()
					.duties()
					.stream()
					.map((duty) -> new Duty(duty.title(), duty.text(), duty.industry(), duty.example(),
							duty.source().id()))
					.toList(),
				page.work()
					.responsibilities()
					.stream()
					.map((list) -> new ResponsibilityList(list.source().id(),
							list.items()
								.stream()
								.map((item) -> new Responsibility(item.title(), item.text()))
								.toList()))
					.toList(),
				page.work()
					.responsibilitiesByLevel()
					.stream()
					.map((perLevel) -> new LevelResponsibilities(Level.of(perLevel.level()), perLevel.items()))
					.toList(),
				page.work()
					.week()
					.stream()
					.map((week) -> new Week(Level.of(week.level()),
							week.days()
								.stream()
								.map((day) -> new Day(day.weekday(), day.theme(), day.text()))
								.toList()))
					.toList(),
				page.qualifications().skills().stream().map(RoleResources::skills).toList(),
				page.qualifications().education().degrees().stream().map(Degree::of).toList(),
				Sourcing.facts(page.qualifications().education().credentialNotes()),
				page.qualifications().certifications().stream().map(CertificationLink::of).toList(),
				page.market().industries().stream().map(Industry::of).toList(),
				page.market().employers().stream().map(Employer::of).toList(),
				page.market().outlook().stream().map(Outlook::of).toList(),
				page.market().pay().stream().map(Pay::of).toList(),
				page.career().ladder().comesFrom().stream().map(LadderRole::of).toList(),
				page.career().ladder().leadsTo().stream().map(LadderRole::of).toList(),
				SkillResources.steps(page.career().roadmapSteps()),
				page.fit()
					.tradeOffs()
					.stream()
					.map((tradeOff) -> new TradeOff(tradeOff.aspect().code(), tradeOff.text(), tradeOff.source().id()))
					.toList(),
				Sourcing.facts(page.fit().suits()), Sourcing.facts(page.fit().notSuits()),
				page.questions()
					.faqs()
					.stream()
					.map((faq) -> new Question(faq.question(), faq.answer(), faq.askedBy().id(),
							Sourcing.ids(faq.answeredFrom())))
					.toList(),
				page.unknownTopics(), Sourcing.ids(page.sources()));
	}

	private static SkillCategoryGroup skills(SkillGroup<RoleSkillView> group) {
		return new SkillCategoryGroup(group.category().code(),
				group.skills()
					.stream()
					.map((skill) -> new RoleSkill(skill.slug(), skill.name(), Sourcing.ids(skill.namedBy()),
							Sourcing.facts(skill.examples())))
					.toList());
	}

	@Schema(description = "Every role the documents describe, in ladder order within each track.")
	record RoleList(List<RoleSummary> roles) {

	}

	@Schema(description = "A role as the list shows it: what it is, and its pay per region where the documents give it.")
	record RoleSummary(String slug, @Schema(example = "Machine Learning Engineer") String title,
			@Schema(allowableValues = {
					"engineering", "science", "product", "leadership" }, example = "engineering") String track,
			@Schema(description = "Step on the career ladder, 1 (first role) to 4", example = "2") int ladderRank,
			@Schema(description = "Whether this is the role the documents are mainly about") boolean flagship,
			@Schema(description = "The portal's own summary of the role") String summary,
			@Schema(description = "Lowest and highest figure per region, in local currency") List<RegionPay> pay){

	}

	@Schema(description = "The span of a role's pay in one region across all its figures, in the region's currency.")
	record RegionPay(@Schema(allowableValues = {
			"in", "us", "eu" }, example = "in") String region,
			@Schema(description = "ISO 4217 code", example = "INR") String currency,
			@Schema(description = "Yearly amount") BigDecimal low,
			@Schema(description = "Yearly amount") BigDecimal high,
			@Schema(description = "The highest figure has no upper bound (\"and above\")") boolean openTop,
			@Schema(description = "Every figure is an average, not a range") boolean averagesOnly,
			@Schema(description = "How many figures the span is drawn from") int figures,
			@Schema(description = "Ids of the documents the figures come from") List<String> sources){

		static RegionPay of(PaySummary pay) {
			return new RegionPay(pay.region().code(), pay.currency(), pay.low(), pay.high(), pay.openTop(),
					pay.averagesOnly(), pay.figures(), Sourcing.ids(pay.sources()));
		}

	}

	@Schema(description = "One role in full: everything its page shows. Lists are empty where the documents say "
			+ "nothing; unknownTopics names the topics the documents leave open for this role.")
	record RoleDetail(String slug, String title, String track, int ladderRank, boolean flagship, String summary,
			@Schema(description = "The names the documents use for the role") List<RoleNameUsed> names,
			List<Fact> overview, List<Fact> workEnvironment,
			@Schema(description = "Shares of the work per sub-role, where a document gives them",
					nullable = true) WorkMix workMix,
			List<Duty> duties, List<ResponsibilityList> responsibilities,
			List<LevelResponsibilities> responsibilitiesByLevel, List<Week> week, List<SkillCategoryGroup> skills,
			List<Degree> degrees, List<Fact> credentialNotes, List<CertificationLink> certifications,
			List<Industry> industries, List<Employer> employers, List<Outlook> outlook,
			@Schema(description = "Every pay figure for the role, in the currency the document gives") List<Pay> pay,
			@Schema(description = "Roles that lead to this one") List<LadderRole> comesFrom,
			@Schema(description = "Roles this one leads to") List<LadderRole> leadsTo,
			@Schema(description = "Roadmap steps that prepare for the role") List<StepReference> roadmapSteps,
			List<TradeOff> tradeOffs, @Schema(description = "Who the career suits") List<Fact> suits,
			@Schema(description = "Who the career does not suit") List<Fact> notSuits, List<Question> questions,
			@Schema(description = "Topics of a full role page the documents leave open for this role",
					example = "[\"week\", \"outlook\"]") List<String> unknownTopics,
			@Schema(description = "Ids of every document this role's facts come from") List<String> sources) {

	}

	record RoleNameUsed(String name, List<String> sources) {

	}

	@Schema(description = "The share of the work per sub-role, as one document gives it.")
	record WorkMix(List<WorkShare> shares, String source) {

		static WorkMix of(RolePage.WorkMix mix) {
			return new WorkMix(mix.shares()
				.stream()
				.map((share) -> new WorkShare(share.subRole(), share.text(), share.percent()))
				.toList(), mix.source().id());
		}

	}

	record WorkShare(String subRole, String text, int percent) {

	}

	@Schema(description = "A core duty, with an industry example where the document gives one.")
	record Duty(String title, String text, @Schema(nullable = true) String industry,
			@Schema(nullable = true) String example, String source) {

	}

	@Schema(description = "One document's list of responsibilities.")
	record ResponsibilityList(String source, List<Responsibility> items) {

	}

	record Responsibility(@Schema(nullable = true) String title, String text) {

	}

	record LevelResponsibilities(Level level, List<String> items) {

	}

	@Schema(description = "A working week at one career stage.")
	record Week(Level level, List<Day> days) {

	}

	record Day(@Schema(description = "1 is Monday", example = "1") int weekday, String theme, String text) {

	}

	record SkillCategoryGroup(@Schema(example = "language") String category, List<RoleSkill> skills) {

	}

	@Schema(description = "A skill or tool the role needs, the documents that name it, and what they say it is for.")
	record RoleSkill(@Schema(example = "python") String slug, @Schema(example = "Python") String name,
			List<String> sources, List<Fact> examples) {

	}

	record Degree(@Schema(allowableValues = {
			"degree", "bachelor", "bachelor-or-higher", "master-or-phd" }) String level, List<String> fields,
			@Schema(nullable = true) String note, String source){

		static Degree of(DegreeView degree) {
			return new Degree(degree.level().code(), degree.fields(), degree.note(), degree.source().id());
		}

	}

	record CertificationLink(String slug, String name, @Schema(nullable = true) String issuer, String source) {

		static CertificationLink of(CertificationCard certification) {
			return new CertificationLink(certification.slug(), certification.name(), certification.issuer(),
					certification.source().id());
		}

	}

	@Schema(description = "An industry that hires for the role, the documents that say so, and what it uses ML for.")
	record Industry(String slug, String name, List<String> hiringPer, List<Fact> useCases) {

		static Industry of(IndustryView industry) {
			return new Industry(industry.slug(), industry.name(), Sourcing.ids(industry.hiringPer()),
					Sourcing.facts(industry.useCases()));
		}

	}

	record Employer(String slug, String name, List<EmployerMention> mentions) {

		static Employer of(EmployerView employer) {
			return new Employer(employer.slug(), employer.name(),
					employer.mentions()
						.stream()
						.map((mention) -> new EmployerMention(mention.context().code(), mention.source().id()))
						.toList());
		}

	}

	record EmployerMention(@Schema(allowableValues = {
			"top-employer", "internship" }) String context, String source){

	}

	@Schema(description = "A figure about the job market: a change or an upper bound in percent, or a statement "
			+ "without a figure.")
	record Outlook(@Schema(allowableValues = {
			"change", "up-to", "qualitative" }) String kind, @Schema(nullable = true) Integer fromPercent,
			@Schema(nullable = true) Integer toPercent, String measure, @Schema(nullable = true) String period,
			@Schema(description = "Who the document cites for the figure", nullable = true) String citedAs,
			String source){

		static Outlook of(OutlookFigure figure) {
			return new Outlook(figure.kind().code(), figure.fromPercent(), figure.toPercent(), figure.measure(),
					figure.period(), figure.citedAs(), figure.source().id());
		}

	}

	@Schema(description = "One pay figure as a document gives it: a yearly range or average in local currency.")
	record Pay(@Schema(allowableValues = {
			"in", "us", "eu" }) String region, @Schema(description = "ISO 4217 code", example = "INR") String currency,
			@Schema(description = "The experience level, where the figure is given for one",
					nullable = true) Level level,
			@Schema(allowableValues = { "range", "average" }) String statistic, BigDecimal minimum, BigDecimal maximum,
			@Schema(description = "No upper bound (\"and above\")") boolean openTop,
			@Schema(description = "The document calls the figure approximate") boolean approximate,
			@Schema(description = "Who the document cites for the figure", nullable = true) String citedAs,
			String source){

		static Pay of(PayBand band) {
			return new Pay(band.region().code(), band.currency(), Sourcing.level(band.level()), band.statistic().code(),
					band.minimum(), band.maximum(), band.openTop(), band.approximate(), band.citedAs(),
					band.source().id());
		}

	}

	record LadderRole(String slug, String title, List<String> sources) {

		static LadderRole of(LadderLink link) {
			return new LadderRole(link.role().slug(), link.role().title(), Sourcing.ids(link.sources()));
		}

	}

	@Schema(description = "A roadmap step linked to, with where the link comes from.")
	record StepReference(String roadmap, @Schema(example = "1") int number, String title, @Schema(
			description = "Id of the document whose own step makes this link; null where the link is the portal's suggestion",
			example = "magazine-article", nullable = true) String sourceId,
			@Schema(description = "True where the link is the portal's own suggestion, not a document's") boolean editorial) {

	}

	record TradeOff(@Schema(allowableValues = {
			"money", "stability", "work-life-balance", "identity" }) String aspect, String text, String source){

	}

	@Schema(description = "A question a document asks, answered from the named documents' facts.")
	record Question(String question, String answer, String askedBy, List<String> answeredFrom) {

	}

}
