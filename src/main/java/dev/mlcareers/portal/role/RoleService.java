package dev.mlcareers.portal.role;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.mlcareers.portal.rolecatalog.Track;
import dev.mlcareers.portal.certification.CertificationCard;
import dev.mlcareers.portal.certification.CertificationService;
import dev.mlcareers.portal.education.EducationService;
import dev.mlcareers.portal.education.EducationSummary;
import dev.mlcareers.portal.industry.EmployerView;
import dev.mlcareers.portal.industry.IndustryService;
import dev.mlcareers.portal.industry.IndustryView;
import dev.mlcareers.portal.level.LevelCatalog;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.role.RolePage.Career;
import dev.mlcareers.portal.role.RolePage.Fit;
import dev.mlcareers.portal.role.RolePage.Market;
import dev.mlcareers.portal.role.RolePage.Overview;
import dev.mlcareers.portal.role.RolePage.Qualifications;
import dev.mlcareers.portal.role.RolePage.Questions;
import dev.mlcareers.portal.role.RolePage.TradeOffView;
import dev.mlcareers.portal.role.RolePage.Work;
import dev.mlcareers.portal.salary.PayBand;
import dev.mlcareers.portal.salary.PaySummary;
import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.skill.SkillService;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.rolecatalog.RoleEntry;
import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.source.SourceCatalog;
import dev.mlcareers.portal.source.SourceRef;
import dev.mlcareers.portal.source.SourcedText;
import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/**
 * Read models about roles: the role's own facts, joined with what the other features know
 * about it (skills, pay, certifications, education, industries, roadmap steps).
 */
@Service
public class RoleService {

	private final RoleDirectory roles;

	private final RoleFacts facts;

	private final SourceCatalog sources;

	private final LevelCatalog levels;

	private final SalaryService salaries;

	private final SkillService skills;

	private final EducationService education;

	private final CertificationService certifications;

	private final IndustryService industries;

	private final RoadmapService roadmaps;

	RoleService(RoleDirectory roles, RoleFacts facts, SourceCatalog sources, LevelCatalog levels,
			SalaryService salaries, SkillService skills, EducationService education,
			CertificationService certifications, IndustryService industries, RoadmapService roadmaps) {
		this.roles = roles;
		this.facts = facts;
		this.sources = sources;
		this.levels = levels;
		this.salaries = salaries;
		this.skills = skills;
		this.education = education;
		this.certifications = certifications;
		this.industries = industries;
		this.roadmaps = roadmaps;
	}

	public int roleCount() {
		return this.roles.entries().size();
	}

	/**
	 * Every role, grouped by track in the tracks' order; the flagship comes first in its
	 * track.
	 */
	@ReadModel("role-index")
	public List<TrackGroup> index() {
		Map<String, List<PayBand>> pay = this.salaries.byRole();
		Map<Track, List<RoleCard>> byTrack = new EnumMap<>(Track.class);
		for (RoleEntry role : this.roles.entries()) {
			byTrack.computeIfAbsent(role.track(), (track) -> new ArrayList<>())
				.add(card(role, pay.getOrDefault(role.slug(), List.of())));
		}
		return byTrack.entrySet()
			.stream()
			.map((entry) -> new TrackGroup(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
	}

	/** The flagship role's outlook figures, each with its source. */
	@ReadModel("flagship-outlook")
	public List<OutlookFigure> flagshipOutlook() {
		return this.facts.outlook(this.roles.flagship().slug(), this.sources.refsById());
	}

	/** The page of one role, or empty for an unknown slug. */
	@ReadModel("role-page")
	public Optional<RolePage> page(String slug) {
		return this.roles.find(slug).map(this::page);
	}

	private RolePage page(RoleEntry role) {
		Map<String, SourceRef> refs = this.sources.refsById();
		Map<String, LevelView> levelsById = this.levels.byId();
		String slug = role.slug();
		Map<RoleFactKind, List<SourcedText>> statements = this.facts.statements(slug, refs);
		RoleFacts.Responsibilities responsibilities = this.facts.responsibilities(slug, refs, levelsById);
		Map<String, String> industryNames = this.industries.industries()
			.stream()
			.collect(Collectors.toMap(IndustryView::slug, IndustryView::name));
		List<PayBand> pay = this.salaries.byRole().getOrDefault(slug, List.of());
		CareerWide career = careerWide(role, refs);
		return new RolePage(
				new Overview(card(role, pay), this.facts.names(role, refs), statements.get(RoleFactKind.OVERVIEW),
						statements.get(RoleFactKind.WORK_ENVIRONMENT), this.facts.workMix(slug, refs)),
				new Work(this.facts.duties(slug, refs, industryNames), responsibilities.general(),
						responsibilities.byLevel(), this.facts.week(slug, levelsById)),
				new Qualifications(this.skills.forRole(slug), career.education(), career.certifications()),
				new Market(career.industries(), career.employers(), this.facts.outlook(slug, refs), pay),
				new Career(this.facts.ladder(role.ref(), refs),
						this.roadmaps.stepsByRole().getOrDefault(slug, List.of())),
				new Fit(career.tradeOffs(), career.suits(), career.notSuits()),
				new Questions(this.facts.faqs(slug, refs)));
	}

	/**
	 * The facts about the career as a whole, which the documents give for the flagship
	 * role: for any other role, none.
	 */
	private CareerWide careerWide(RoleEntry role, Map<String, SourceRef> refs) {
		if (!role.ref().flagship()) {
			return CareerWide.NONE;
		}
		Map<Boolean, List<SourcedText>> fit = this.facts.fit(refs);
		return new CareerWide(this.education.summary(), this.certifications.all(), this.industries.industries(),
				this.industries.employers(), this.facts.tradeOffs(refs), fit.get(true), fit.get(false));
	}

	/** The career-wide parts of the flagship's sections. */
	private record CareerWide(EducationSummary education, List<CertificationCard> certifications,
			List<IndustryView> industries, List<EmployerView> employers, List<TradeOffView> tradeOffs,
			List<SourcedText> suits, List<SourcedText> notSuits) {

		static final CareerWide NONE = new CareerWide(new EducationSummary(List.of(), List.of()), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());

	}

	private static RoleCard card(RoleEntry role, List<PayBand> pay) {
		RoleRef ref = role.ref();
		return new RoleCard(ref.slug(), ref.title(), role.track(), ref.ladderRank(), ref.flagship(), role.summary(),
				PaySummary.of(pay));
	}

}
