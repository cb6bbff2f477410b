package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.role.RolePage.Duty;
import dev.mlcareers.portal.role.RolePage.FaqView;
import dev.mlcareers.portal.role.RolePage.Ladder;
import dev.mlcareers.portal.role.RolePage.Ladder.LadderLink;
import dev.mlcareers.portal.role.RolePage.LevelResponsibilities;
import dev.mlcareers.portal.role.RolePage.NameInDocument;
import dev.mlcareers.portal.role.RolePage.ResponsibilityList;
import dev.mlcareers.portal.role.RolePage.TradeOffView;
import dev.mlcareers.portal.role.RolePage.WeekAtStage;
import dev.mlcareers.portal.role.RolePage.WorkMix;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleEntry;
import dev.mlcareers.portal.rolecatalog.RoleEntry.DocumentName;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;

import org.springframework.stereotype.Component;

/**
 * The role feature's own facts, read from its repositories and shaped into the parts of a
 * role page. One query per kind of fact, whatever the number of rows.
 */
@Component
class RoleFacts {

	private final RoleDirectory roles;

	private final RoleTransitionRepository transitions;

	private final RoleFactRepository facts;

	private final ResponsibilityRepository responsibilities;

	private final CoreDutyRepository duties;

	private final WorkMixShareRepository workMix;

	private final WeekEntryRepository week;

	private final OutlookStatRepository outlook;

	private final TradeOffRepository tradeOffs;

	private final FitStatementRepository fit;

	private final FaqRepository faqs;

	RoleFacts(RoleDirectory roles, RoleTransitionRepository transitions, RoleFactRepository facts,
			ResponsibilityRepository responsibilities, CoreDutyRepository duties, WorkMixShareRepository workMix,
			WeekEntryRepository week, OutlookStatRepository outlook, TradeOffRepository tradeOffs,
			FitStatementRepository fit, FaqRepository faqs) {
		this.roles = roles;
		this.transitions = transitions;
		this.facts = facts;
		this.responsibilities = responsibilities;
		this.duties = duties;
		this.workMix = workMix;
		this.week = week;
		this.outlook = outlook;
		this.tradeOffs = tradeOffs;
		this.fit = fit;
		this.faqs = faqs;
	}

	/** The names the documents use for the role, each with the documents that use it. */
	List<NameInDocument> names(RoleEntry role, Map<String, SourceRef> refs) {
		Map<String, List<SourceRef>> byName = new LinkedHashMap<>();
		role.names()
			.stream()
			.sorted(Comparator.comparingInt((DocumentName name) -> refs.get(name.sourceId()).number()))
			.forEach((name) -> byName.computeIfAbsent(name.name(), (key) -> new ArrayList<>())
				.add(refs.get(name.sourceId())));
		return byName.entrySet()
			.stream()
			.map((entry) -> new NameInDocument(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

	/**
	 * The role's overview statements and its work-environment statements, in that order.
	 */
	Map<RoleFactKind, List<SourcedText>> statements(String roleSlug, Map<String, SourceRef> refs) {
		Map<RoleFactKind, List<SourcedText>> byKind = new EnumMap<>(RoleFactKind.class);
		for (RoleFactKind kind : RoleFactKind.values()) {
			byKind.put(kind, new ArrayList<>());
		}
		for (RoleFact fact : this.facts.findByRoleSlugOrderByKindAscPositionAsc(roleSlug)) {
			byKind.get(fact.getKind()).add(new SourcedText(fact.getText(), refs.get(fact.getSourceId())));
		}
		return byKind;
	}

	WorkMix workMix(String roleSlug, Map<String, SourceRef> refs) {
		List<WorkMixShare> shares = this.workMix.findByRoleSlugOrderByPosition(roleSlug);
		if (shares.isEmpty()) {
			return null;
		}
		WorkMixChart chart = WorkMixChart.layout(shares.stream()
			.map((share) -> new WorkMixChart.Share(share.getSubRole(), share.getSharePercent()))
			.toList());
		return new WorkMix(shares.stream()
			.map((share) -> new WorkMix.Share(share.getSubRole(), share.getText(), share.getSharePercent()))
			.toList(), chart, refs.get(shares.get(0).getSourceId()));
	}

	/** Core duties, those with an industry example first. */
	List<Duty> duties(String roleSlug, Map<String, SourceRef> refs, Map<String, String> industryNames) {
		return this.duties.findByRoleSlugOrderBySourceIdAscPositionAsc(roleSlug)
			.stream()
			.map((duty) -> new Duty(duty.getTitle(), duty.getText(),
					(duty.getIndustrySlug() != null) ? industryNames.get(duty.getIndustrySlug()) : null,
					duty.getExample(), refs.get(duty.getSourceId())))
			.sorted(Comparator.comparing((Duty duty) -> duty.example() == null)
				.thenComparingInt((duty) -> duty.source().number()))
			.toList();
	}

	/**
	 * Each document's general list of responsibilities, and those given per experience
	 * level.
	 */
	Responsibilities responsibilities(String roleSlug, Map<String, SourceRef> refs, Map<String, LevelView> levels) {
		Map<String, List<ResponsibilityList.Responsibility>> bySource = new LinkedHashMap<>();
		Map<String, List<String>> byLevel = new LinkedHashMap<>();
		for (Responsibility responsibility : this.responsibilities
			.findByRoleSlugOrderBySourceIdAscPositionAsc(roleSlug)) {
			if (responsibility.getLevelId() == null) {
				bySource.computeIfAbsent(responsibility.getSourceId(), (id) -> new ArrayList<>())
					.add(new ResponsibilityList.Responsibility(responsibility.getTitle(), responsibility.getText()));
			}
			else {
				byLevel.computeIfAbsent(responsibility.getLevelId(), (id) -> new ArrayList<>())
					.add(responsibility.getText());
			}
		}
		List<ResponsibilityList> general = bySource.entrySet()
			.stream()
			.map((entry) -> new ResponsibilityList(refs.get(entry.getKey()), List.copyOf(entry.getValue())))
			.sorted(Comparator.comparingInt((ResponsibilityList list) -> list.source().number()))
			.toList();
		List<LevelResponsibilities> perLevel = levels.values()
			.stream()
			.filter((level) -> byLevel.containsKey(level.id()))
			.map((level) -> new LevelResponsibilities(level, List.copyOf(byLevel.get(level.id()))))
			.toList();
		return new Responsibilities(general, perLevel);
	}

	/** A role's responsibilities: in general, per document, and per experience level. */
	record Responsibilities(List<ResponsibilityList> general, List<LevelResponsibilities> byLevel) {
	}

	List<WeekAtStage> week(String roleSlug, Map<String, LevelView> levels) {
		Map<String, List<WeekAtStage.Day>> byLevel = new LinkedHashMap<>();
		for (WeekEntry entry : this.week.findByRoleSlugOrderByLevelIdAscWeekdayAsc(roleSlug)) {
			byLevel.computeIfAbsent(entry.getLevelId(), (id) -> new ArrayList<>())
				.add(new WeekAtStage.Day(entry.getWeekday(), entry.getTheme(), entry.getText()));
		}
		return levels.values()
			.stream()
			.filter((level) -> byLevel.containsKey(level.id()))
			.map((level) -> new WeekAtStage(level, List.copyOf(byLevel.get(level.id()))))
			.toList();
	}

	List<OutlookFigure> outlook(String roleSlug, Map<String, SourceRef> refs) {
		return this.outlook.findByRoleSlugOrderByPosition(roleSlug)
			.stream()
			.map((stat) -> new OutlookFigure(stat.getKind(), stat.getFromPercent(), stat.getToPercent(),
					stat.getMeasure(), stat.getPeriod(), stat.getCitedAs(), refs.get(stat.getSourceId())))
			.toList();
	}

	Ladder ladder(RoleRef role, Map<String, SourceRef> refs) {
		Map<String, RoleRef> all = this.roles.bySlug();
		Map<String, List<SourceRef>> comesFrom = new LinkedHashMap<>();
		Map<String, List<SourceRef>> leadsTo = new LinkedHashMap<>();
		for (RoleTransition transition : this.transitions.findAllByOrderById()) {
			if (transition.getToSlug().equals(role.slug())) {
				comesFrom.computeIfAbsent(transition.getFromSlug(), (slug) -> new ArrayList<>())
					.add(refs.get(transition.getSourceId()));
			}
			if (transition.getFromSlug().equals(role.slug())) {
				leadsTo.computeIfAbsent(transition.getToSlug(), (slug) -> new ArrayList<>())
					.add(refs.get(transition.getSourceId()));
			}
		}
		List<LadderLink> from = links(comesFrom, all);
		List<LadderLink> to = links(leadsTo, all);
		LadderDiagram diagram = LadderDiagram.layout(role, to.stream().map(LadderLink::role).toList(),
				from.stream().map(LadderLink::role).toList());
		return new Ladder(from, to, diagram);
	}

	/**
	 * Neighbouring roles, in the roles' own order, each with its sources in citation
	 * order.
	 */
	private static List<LadderLink> links(Map<String, List<SourceRef>> neighbours, Map<String, RoleRef> all) {
		return all.values()
			.stream()
			.filter((role) -> neighbours.containsKey(role.slug()))
			.map((role) -> new LadderLink(role, SourceCatalog.inCitationOrder(neighbours.get(role.slug()))))
			.toList();
	}

	List<TradeOffView> tradeOffs(Map<String, SourceRef> refs) {
		return this.tradeOffs.findAllByOrderByPosition()
			.stream()
			.map((tradeOff) -> new TradeOffView(tradeOff.getAspect(), tradeOff.getText(),
					refs.get(tradeOff.getSourceId())))
			.toList();
	}

	/** Who the career suits (key {@code true}) and who it does not ({@code false}). */
	Map<Boolean, List<SourcedText>> fit(Map<String, SourceRef> refs) {
		Map<Boolean, List<SourcedText>> fit = new LinkedHashMap<>(
				Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
		for (FitStatement statement : this.fit.findAllByOrderBySuitsDescPositionAsc()) {
			fit.get(statement.isSuits()).add(new SourcedText(statement.getText(), refs.get(statement.getSourceId())));
		}
		return fit;
	}

	List<FaqView> faqs(String roleSlug, Map<String, SourceRef> refs) {
		return this.faqs.findByRoleSlugOrderByPosition(roleSlug)
			.stream()
			.map((faq) -> new FaqView(faq.getPosition(), faq.getQuestion(), faq.getAnswer(),
					refs.get(faq.getQuestionSourceId()),
					SourceCatalog.inCitationOrder(faq.getAnswerSourceIds().stream().map(refs::get).toList())))
			.toList();
	}

}
