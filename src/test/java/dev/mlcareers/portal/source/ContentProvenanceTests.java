package dev.mlcareers.portal.source;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import dev.mlcareers.portal.support.ContentServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content rules, checked over the whole Flyway-seeded store: every fact row is tied
 * to a source document, and none of the documents' debris made it in.
 */
@ContentServiceTest
class ContentProvenanceTests {

	@Autowired
	List<SourceContributions> contributors;

	/**
	 * Tables without a source_id column of their own, and how each row reaches a source.
	 * A new table must either carry source_id or be added here with its rule, or this
	 * test fails.
	 */
	static final Map<String, String> ROWS_WITHOUT_OWN_SOURCE = Map.ofEntries(
			Map.entry("source", "SELECT COUNT(*) FROM source WHERE id IS NULL"),
			Map.entry("role",
					"SELECT COUNT(*) FROM role r WHERE NOT EXISTS (SELECT 1 FROM role_source s WHERE s.role_slug = r.slug)"),
			Map.entry("skill",
					"SELECT COUNT(*) FROM skill k WHERE NOT EXISTS (SELECT 1 FROM role_skill s WHERE s.skill_slug = k.slug)"),
			Map.entry("industry",
					"SELECT COUNT(*) FROM industry i WHERE NOT EXISTS (SELECT 1 FROM industry_mention m WHERE m.industry_slug = i.slug) AND NOT EXISTS (SELECT 1 FROM industry_use_case u WHERE u.industry_slug = i.slug)"),
			Map.entry("employer",
					"SELECT COUNT(*) FROM employer e WHERE NOT EXISTS (SELECT 1 FROM employer_mention m WHERE m.employer_slug = e.slug)"),
			Map.entry("education_path_stage",
					"SELECT COUNT(*) FROM education_path_stage s WHERE NOT EXISTS (SELECT 1 FROM education_path p WHERE p.id = s.path_id)"),
			Map.entry("education_path_employer",
					"SELECT COUNT(*) FROM education_path_employer s WHERE NOT EXISTS (SELECT 1 FROM education_path p WHERE p.id = s.path_id)"),
			Map.entry("faq",
					"SELECT COUNT(*) FROM faq f WHERE NOT EXISTS (SELECT 1 FROM faq_answer_source s WHERE s.faq_id = f.id)"),
			Map.entry("roadmap",
					"SELECT COUNT(*) FROM roadmap r WHERE NOT EXISTS (SELECT 1 FROM roadmap_step s WHERE s.roadmap_slug = r.slug)"),
			Map.entry("roadmap_step",
					"SELECT COUNT(*) FROM roadmap_step s WHERE NOT EXISTS (SELECT 1 FROM roadmap_step_origin o WHERE o.step_id = s.id)"),
			Map.entry("roadmap_step_origin",
					"SELECT COUNT(*) FROM roadmap_step_origin o WHERE NOT EXISTS (SELECT 1 FROM source_path_step p WHERE p.id = o.source_path_step_id)"),
			// Not from the five documents: each rate names its own publication.
			Map.entry("conversion_rate",
					"SELECT COUNT(*) FROM conversion_rate WHERE publisher IS NULL OR publication IS NULL OR series IS NULL"),
			// The portal's own record of what changed in the content and when: every
			// version names the pages it changed.
			Map.entry("content_version",
					"SELECT COUNT(*) FROM content_version v WHERE NOT EXISTS (SELECT 1 FROM content_version_page p WHERE p.version = v.version)"),
			Map.entry("content_version_page", "SELECT COUNT(*) FROM content_version_page WHERE label = ''"),
			// Not content at all: what visitors saved about their own progress and
			// skills, the browsers linked to it and the codes that link them.
			Map.entry("visitor", "SELECT 0"), Map.entry("step_progress", "SELECT 0"),
			Map.entry("visitor_skill", "SELECT 0"), Map.entry("step_status", "SELECT 0"),
			Map.entry("device", "SELECT 0"), Map.entry("pairing_code", "SELECT 0"),
			Map.entry("pairing_attempt", "SELECT 0"), Map.entry("flyway_schema_history", "SELECT 0"),
			// Where a content version moved visitors' progress between steps, and the
			// progress held while it does.
			Map.entry("roadmap_step_move", "SELECT 0"), Map.entry("step_progress_held", "SELECT 0"));

	/**
	 * A roadmap step's links to skills, certifications and roles: each comes from a
	 * document or is marked as the portal's suggestion (editorial).
	 */
	static final Set<String> EDITORIAL_LINKS = Set.of("roadmap_step_skill", "roadmap_step_certification",
			"roadmap_step_role");

	/**
	 * Debris of the scraped pages: navigation, advertising, forms, and another career's
	 * text.
	 */
	static final List<String> DEBRIS = List.of("View All", "Also Read", "Enroll", "Get Free Consultation", "+91", "T&C",
			"Privacy Policy", "seats filled", "Placement Assistance", "Dual Credentials", "Liverpool", "IIIT", "LJMU",
			"Executive PG", "Executive Diploma", "bestseller", "articles published", "k views", "Image by", "ChatGPT",
			"Inspired by", "accountant", "Accountant", "instrumentation", "postdoctoral", "Stay ahead in data science",
			"counseling", "offline center", "Recommended Programs", "glassdoor.co.in", "ambitionbox.com", "http");

	@Autowired
	DataSource dataSource;

	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	@Test
	void everyFactRowNamesAnExistingSource() {
		Set<String> tables = tables();
		Set<String> withSource = new TreeSet<>(this.jdbc.sql(
				"SELECT LOWER(table_name) FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND LOWER(column_name) IN ('source_id', 'question_source_id')")
			.query(String.class)
			.list());
		assertThat(tables)
			.allSatisfy((table) -> assertThat(withSource.contains(table) || ROWS_WITHOUT_OWN_SOURCE.containsKey(table))
				.as("table %s has no source_id and no provenance rule", table)
				.isTrue());
		for (String table : withSource) {
			String column = table.equals("faq") ? "question_source_id" : "source_id";
			// A step's link may instead be marked as the portal's own suggestion.
			String unsourced = EDITORIAL_LINKS.contains(table) ? "(t.source_id IS NULL AND NOT t.editorial)"
					: "t." + column + " IS NULL";
			long orphans = this.jdbc
				.sql("SELECT COUNT(*) FROM " + table + " t WHERE " + unsourced + " OR (t." + column
						+ " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM source s WHERE s.id = t." + column + "))")
				.query(Long.class)
				.single();
			assertThat(orphans).as("rows of %s without a source", table).isZero();
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
				.as("rows in %s", table)
				.isPositive();
		}
	}

	@Test
	void everyRowWithoutASourceColumnReachesOneThroughItsLinks() {
		ROWS_WITHOUT_OWN_SOURCE
			.forEach((table, orphanQuery) -> assertThat(this.jdbc.sql(orphanQuery).query(Long.class).single())
				.as("rows of %s that reach no source", table)
				.isZero());
	}

	@Test
	void everyStepLinkComesFromADocumentStepItMergesOrIsMarkedAsOurs() {
		for (String table : EDITORIAL_LINKS) {
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE (source_id IS NULL) <> editorial")
				.query(Long.class)
				.single()).as("links of %s with both or neither of a source and the editorial mark", table).isZero();
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table
					+ " l WHERE l.source_id IS NOT NULL AND NOT EXISTS "
					+ "(SELECT 1 FROM roadmap_step_origin o JOIN source_path_step p ON p.id = o.source_path_step_id "
					+ "WHERE o.step_id = l.step_id AND p.source_id = l.source_id)")
				.query(Long.class)
				.single()).as("links of %s credited to a document whose steps the step does not merge", table).isZero();
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE editorial").query(Long.class).single())
				.as("editorial links of %s", table)
				.isPositive();
		}
		assertThat(this.jdbc
			.sql("SELECT editorial FROM roadmap_step_skill WHERE step_id = 12 AND skill_slug = 'a-b-testing'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("SELECT DISTINCT editorial FROM roadmap_step_certification WHERE step_id IN (6, 9)")
			.query(Boolean.class)
			.list()).containsExactly(true);
		assertThat(this.jdbc.sql(
				"SELECT role_slug FROM roadmap_step_role WHERE source_id = 'magazine-article' AND step_id = 11 ORDER BY role_slug")
			.query(String.class)
			.list()).containsExactly("data-analyst", "junior-machine-learning-engineer", "software-engineer");
		assertThat(this.jdbc.sql(
				"SELECT source_id FROM roadmap_step_role WHERE step_id = 11 AND role_slug = 'machine-learning-engineer'")
			.query(String.class)
			.single()).as("the education article's step 5: apply for machine learning engineer roles")
			.isEqualTo("education-article");
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM roadmap_step_role WHERE NOT editorial").query(Long.class).single())
			.isEqualTo(4);
		assertThat(this.jdbc.sql(
				"SELECT skill_slug FROM roadmap_step_skill WHERE source_id = 'education-article' AND step_id = 11 ORDER BY skill_slug")
			.query(String.class)
			.list()).containsExactly("computer-vision", "data-preprocessing", "model-deployment", "model-evaluation",
					"reinforcement-learning");
		assertThat(this.jdbc.sql(
				"SELECT skill_slug FROM roadmap_step_skill WHERE source_id = 'magazine-article' AND step_id = 4 ORDER BY skill_slug")
			.query(String.class)
			.list()).contains("scikit-learn", "statistics");
	}

	/**
	 * Tables whose rows name a document but are not counted on /sources as that
	 * document's contribution, each with the reason.
	 */
	static final Map<String, String> NOT_COUNTED_AS_CONTRIBUTIONS = Map.of("faq_answer_source",
			"the documents a portal-written answer draws on; their facts are counted where they stand");

	@Test
	void sourcesCountsEveryKindOfFactADocumentContributes() {
		Set<String> withSource = new TreeSet<>(this.jdbc.sql(
				"SELECT LOWER(table_name) FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND LOWER(column_name) = 'source_id'")
			.query(String.class)
			.list());
		assertThat(withSource).isNotEmpty();
		for (String table : withSource) {
			boolean counted = this.contributors.stream()
				.flatMap((contributor) -> contributor.contributions().stream())
				.anyMatch((kind) -> kind.countSql().matches("(?s).*\\bFROM " + table + "\\b.*"));
			assertThat(counted || NOT_COUNTED_AS_CONTRIBUTIONS.containsKey(table))
				.as("rows of %s name a document but /sources does not count them", table)
				.isTrue();
		}
	}

	@Test
	void everySourceContributesFacts() {
		List<String> silent = this.jdbc
			.sql("SELECT id FROM source s WHERE NOT EXISTS (SELECT 1 FROM role_source r WHERE r.source_id = s.id)")
			.query(String.class)
			.list();
		assertThat(silent).isEmpty();
	}

	/**
	 * Wording of claims that no document makes (a review against the documents found
	 * them; migration V13 corrects them).
	 */
	static final List<String> CLAIMS_NO_DOCUMENT_MAKES = List.of("Three lists end here", "raise pay", "raises pay",
			"Daily collaboration", "first responsibility in several", "certification route instead",
			"fits the tools and cloud", "named by two documents for", "the documents suggest", "come next",
			"Every document that lists skills", "Python. The career guide");

	@Test
	void noClaimTheDocumentsDoNotMakeIsLeft() {
		forEachText((column, value) -> assertThat(CLAIMS_NO_DOCUMENT_MAKES).as("%s: %s", column, value)
			.noneMatch(value::contains));
		assertThat(this.jdbc.sql("SELECT answer FROM faq WHERE id = 2").query(String.class).single())
			.contains("do not call any language the best");
	}

	@Test
	void noDebrisOfTheScrapedPagesEnteredTheStore() {
		List<String> textColumns = this.jdbc.sql(
				"SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND data_type LIKE 'CHARACTER VARYING%'")
			.query(String.class)
			.list();
		assertThat(textColumns).isNotEmpty();
		for (String qualified : textColumns) {
			// source.left_out describes the debris on purpose, so it names it.
			if (qualified.startsWith("flyway_schema_history.") || qualified.equals("source.file_name")
					|| qualified.equals("source.left_out")) {
				continue;
			}
			String[] parts = qualified.split("\\.");
			List<String> values = this.jdbc
				.sql("SELECT " + parts[1] + " FROM " + parts[0] + " WHERE " + parts[1] + " IS NOT NULL")
				.query(String.class)
				.list();
			for (String value : values) {
				assertThat(DEBRIS).as("%s: %s", qualified, value).noneMatch(value::contains);
			}
		}
	}

	/** Every value of every text column of the content. */
	private void forEachText(java.util.function.BiConsumer<String, String> check) {
		for (String qualified : this.jdbc.sql(
				"SELECT LOWER(table_name) || '.' || LOWER(column_name) FROM information_schema.columns WHERE table_schema = 'PUBLIC' AND data_type LIKE 'CHARACTER VARYING%'")
			.query(String.class)
			.list()) {
			String[] parts = qualified.split("\\.");
			if (!parts[0].equals("flyway_schema_history")) {
				this.jdbc.sql("SELECT " + parts[1] + " FROM " + parts[0] + " WHERE " + parts[1] + " IS NOT NULL")
					.query(String.class)
					.list()
					.forEach((value) -> check.accept(qualified, value));
			}
		}
	}

	private Set<String> tables() {
		return new TreeSet<>(this.jdbc.sql(
				"SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list());
	}

}
