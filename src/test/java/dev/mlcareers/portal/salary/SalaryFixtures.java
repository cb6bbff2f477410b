package dev.mlcareers.portal.salary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.level.LevelScheme;
import dev.mlcareers.portal.level.LevelView;
import dev.mlcareers.portal.level.Stage;
import dev.mlcareers.portal.shared.Region;
import dev.mlcareers.portal.source.SourceRef;

/**
 * Pay figures shaped like the documents' (two documents cutting levels differently, an
 * overall US range, an Indian average), for tests that need no database.
 */
final class SalaryFixtures {

	static final SourceRef GUIDE = new SourceRef("career-guide", 1, "Career guide");

	static final SourceRef JOB = new SourceRef("job-description", 2, "Job description");

	static final SourceRef ARTICLE = new SourceRef("education-article", 3, "Education article");

	static final SourceRef PROFILE = new SourceRef("career-profile", 5, "Career profile");

	static final LevelView GUIDE_ENTRY = level("career-guide-entry", Stage.ENTRY, "Entry level", 0, 4, GUIDE);

	static final LevelView GUIDE_SENIOR = level("career-guide-senior", Stage.SENIOR, "Senior level", 7, null, GUIDE);

	static final LevelView JOB_ENTRY = level("job-description-entry", Stage.ENTRY, "Entry level", 0, 2, JOB);

	static final LevelView JOB_SENIOR = level("job-description-senior", Stage.SENIOR, "Senior level", 5, null, JOB);

	static final RoleRef ENGINEER = new RoleRef("machine-learning-engineer", "Machine Learning Engineer", 2, true);

	static final RoleRef SCIENTIST = new RoleRef("data-scientist", "Data Scientist", 1, false);

	static final RoleRef DIRECTOR = new RoleRef("technical-director", "Technical Director", 4, false);

	static final List<PayBand> BANDS = List.of(
			band(ENGINEER, Region.IN, "INR", GUIDE_ENTRY, "700000", "1200000", false, GUIDE),
			band(ENGINEER, Region.IN, "INR", GUIDE_SENIOR, "1460000", "2500000", true, GUIDE),
			new PayBand(ENGINEER.slug(), Region.US, "USD", null, Statistic.RANGE, new BigDecimal("133000"),
					new BigDecimal("142000"), false, true, null, GUIDE),
			band(ENGINEER, Region.US, "USD", JOB_ENTRY, "85000", "110000", false, JOB),
			band(ENGINEER, Region.US, "USD", JOB_SENIOR, "145000", "190000", true, JOB),
			new PayBand(SCIENTIST.slug(), Region.IN, "INR", null, Statistic.AVERAGE, new BigDecimal("1200000"),
					new BigDecimal("1200000"), false, false, "Glassdoor, AmbitionBox", ARTICLE));

	static final List<LevelView> PROFILE_STAGES = List.of(
			new LevelView("career-profile-stage-entry", LevelScheme.CAREER_STAGES, Stage.ENTRY, "Entry", 0, 2, null,
					PROFILE),
			new LevelView("career-profile-stage-peak", LevelScheme.CAREER_STAGES, Stage.PEAK, "Peak", 18, null, null,
					PROFILE));

	private SalaryFixtures() {
	}

	static Conversion conversion() {
		return new Conversion(List.of(
				new RateView("INR", Basis.MARKET, new BigDecimal("82.62"), 2023, "Reserve Bank of India",
						"Handbook of Statistics on the Indian Economy", "Exchange rate", null),
				new RateView("INR", Basis.PPP, new BigDecimal("23.71"), 2022, "World Bank",
						"World Development Indicators", "Price level ratio", new BigDecimal("0.287"))));
	}

	static ComparisonChoices choices() {
		return new ComparisonChoices(List.of(ENGINEER, SCIENTIST, DIRECTOR), Set.of(ENGINEER.slug(), SCIENTIST.slug()),
				List.of(Region.IN, Region.US), List.of(Stage.ENTRY, Stage.SENIOR));
	}

	static Map<String, List<PayBand>> byRole() {
		return BANDS.stream().collect(Collectors.groupingBy(PayBand::roleSlug));
	}

	static List<FactorView> factors() {
		return List.of(new FactorView("Location", "Metro cities pay more.", GUIDE));
	}

	private static PayBand band(RoleRef role, Region region, String currency, LevelView level, String min, String max,
			boolean openTop, SourceRef source) {
		return new PayBand(role.slug(), region, currency, level, Statistic.RANGE, new BigDecimal(min),
				new BigDecimal(max), openTop, false, null, source);
	}

	private static LevelView level(String id, Stage stage, String label, Integer min, Integer max, SourceRef source) {
		return new LevelView(id, LevelScheme.SALARY_BANDS, stage, label, min, max, null, source);
	}

}
