package dev.mlcareers.portal.source;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content rules, checked over the whole Flyway-seeded store: every fact row is tied
 * to a source document, and none of the documents' debris made it in.
 */
@DataJpaTest
class ContentProvenanceTests {

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
			Map.entry("roadmap_step_skill",
					"SELECT COUNT(*) FROM roadmap_step_skill s WHERE NOT EXISTS (SELECT 1 FROM role_skill r WHERE r.skill_slug = s.skill_slug)"),
			Map.entry("roadmap_step_certification",
					"SELECT COUNT(*) FROM roadmap_step_certification c WHERE NOT EXISTS (SELECT 1 FROM certification x WHERE x.slug = c.certification_slug)"),
			Map.entry("roadmap_step_role",
					"SELECT COUNT(*) FROM roadmap_step_role r WHERE NOT EXISTS (SELECT 1 FROM role_source s WHERE s.role_slug = r.role_slug)"),
			// Not from the five documents: each rate names its own publication.
			Map.entry("conversion_rate",
					"SELECT COUNT(*) FROM conversion_rate WHERE publisher IS NULL OR publication IS NULL OR series IS NULL"),
			// Not content at all: what visitors saved about their own progress.
			Map.entry("visitor", "SELECT 0"), Map.entry("step_progress", "SELECT 0"),
			Map.entry("step_status", "SELECT 0"), Map.entry("flyway_schema_history", "SELECT 0"));

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
			long orphans = this.jdbc
				.sql("SELECT COUNT(*) FROM " + table + " t WHERE t." + column
						+ " IS NULL OR NOT EXISTS (SELECT 1 FROM source s WHERE s.id = t." + column + ")")
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
	void everySourceContributesFacts() {
		List<String> silent = this.jdbc
			.sql("SELECT id FROM source s WHERE NOT EXISTS (SELECT 1 FROM role_source r WHERE r.source_id = s.id)")
			.query(String.class)
			.list();
		assertThat(silent).isEmpty();
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

	private Set<String> tables() {
		return new TreeSet<>(this.jdbc.sql(
				"SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list());
	}

}
