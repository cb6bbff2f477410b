package dev.mlcareers.portal.changes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.mlcareers.portal.system.RepositoriesConfig;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record of content versions: every migration that changes content has its version
 * here (the first publication, V1–V9, as version 9), newest first with its pages, each
 * page named as the content names it.
 */
@DataJpaTest
@Import(RepositoriesConfig.class)
class ContentVersionRepositoryTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Tables that hold no content: what visitors keep, and the record itself. */
	static final Set<String> NOT_CONTENT = Set.of("visitor", "step_status", "step_progress", "visitor_skill", "device",
			"pairing_code", "pairing_attempt", "content_version", "content_version_page", "roadmap_step_move",
			"step_progress_held");

	/**
	 * Where Java migrations live (a roadmap restructuring: docs/content-migrations.md).
	 */
	static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");

	static final Pattern WRITE = Pattern.compile("(?im)^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_]+)");

	static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.(?:sql|java)");

	@Autowired
	ContentVersionRepository versions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationThatChangesContentHasAContentVersion() throws IOException {
		Set<Integer> changingContent = new TreeSet<>();
		List<Path> migrations = new ArrayList<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			migrations.addAll(files.toList());
		}
		if (Files.isDirectory(JAVA_MIGRATIONS)) {
			try (Stream<Path> files = Files.list(JAVA_MIGRATIONS)) {
				migrations.addAll(files.toList());
			}
		}
		for (Path file : migrations) {
			Matcher name = VERSION.matcher(file.getFileName().toString());
			assertThat(name.matches()).as(file.toString()).isTrue();
			Matcher write = WRITE.matcher(Files.readString(file));
			while (write.find()) {
				if (!NOT_CONTENT.contains(write.group(1).toLowerCase(Locale.ROOT))) {
					changingContent.add(Integer.parseInt(name.group(1)));
				}
			}
		}
		assertThat(changingContent).as("the first publication and the corrections")
			.contains(2, 9, 10, 11, 13, 14, 15)
			.doesNotContain(1, 12, 16, 17, 18, 19, 20, 21);
		List<Integer> recorded = this.versions.findAllNewestFirst().stream().map(ContentVersion::getVersion).toList();
		for (int migration : changingContent) {
			int version = (migration <= 9) ? 9 : migration;
			assertThat(recorded).as("a content version for V%d", migration).contains(version);
		}
		assertThat(recorded).as("newest first").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
	}

	@Test
	void readsEveryVersionWithItsDayAndItsPagesInTheirOrder() {
		List<ContentVersion> all = this.versions.findAllNewestFirst();
		assertThat(all).extracting(ContentVersion::getVersion).startsWith(15, 14, 13, 11, 10, 9);
		ContentVersion corrections = all.stream().filter((v) -> v.getVersion() == 13).findFirst().orElseThrow();
		assertThat(corrections.getReleasedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(corrections.getPages()).extracting(ContentVersion.Page::getPage)
			.startsWith("/roles", "/roles/compare", "/skills")
			.contains("/roles/data-analyst", "/skills/python", "/roadmaps/machine-learning-engineer/steps/11")
			.doesNotHaveDuplicates();
		assertThat(corrections.getPages()).extracting(ContentVersion.Page::getPosition).isSorted();
		assertThat(all.stream().filter((v) -> v.getVersion() == 9).findFirst().orElseThrow().getPages())
			.extracting(ContentVersion.Page::getPage)
			.contains("/", "/roles/*", "/salaries", "/roadmaps/*", "/skills/*", "/sources");
	}

	// A version's labels name its pages as they were when it was published: those V20
	// recorded (versions up to 15) as the content still names them; a later rename does
	// not rewrite history.
	@Test
	void namesEachRoleSkillCertificationAndStepPageAsTheContentDoes() {
		List<String> wrong = this.jdbc
			.sql("""
					SELECT p.version || ' ' || p.page || ' ' || p.label FROM content_version_page p
					WHERE p.version <= 15 AND ((p.page LIKE '/roles/%' AND p.page <> '/roles/*' AND p.page <> '/roles/compare'
					       AND NOT EXISTS (SELECT 1 FROM role r WHERE '/roles/' || r.slug = p.page AND r.title = p.label))
					   OR (p.page LIKE '/skills/%' AND p.page <> '/skills/*' AND p.page <> '/skills/check'
					       AND NOT EXISTS (SELECT 1 FROM skill s WHERE '/skills/' || s.slug = p.page AND s.name = p.label))
					   OR (p.page LIKE '/certifications/%' AND p.page <> '/certifications/*'
					       AND NOT EXISTS (SELECT 1 FROM certification c
					                       WHERE '/certifications/' || c.slug = p.page AND c.name = p.label))
					   OR (p.page LIKE '%/steps/%' AND p.page NOT LIKE '%/*'
					       AND NOT EXISTS (SELECT 1 FROM roadmap_step s
					                       WHERE '/roadmaps/' || s.roadmap_slug || '/steps/' || s.number = p.page
					                         AND 'Step ' || s.number || ': ' || s.title = p.label)))
					""")
			.query(String.class)
			.list();
		assertThat(wrong).isEmpty();
	}

}
