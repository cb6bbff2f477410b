package dev.mlcareers.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import dev.mlcareers.portal.certification.CertificationService;
import dev.mlcareers.portal.education.EducationService;
import dev.mlcareers.portal.education.PathStage;
import dev.mlcareers.portal.education.PathsPage;
import dev.mlcareers.portal.industry.IndustryService;
import dev.mlcareers.portal.roadmap.Flagship;
import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.role.RoleService;
import dev.mlcareers.portal.skill.SkillService;
import dev.mlcareers.portal.source.SourcedText;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Search across roles, skills and tools, certifications, roadmap steps, industries and
 * education paths. The index is built once, at start-up, from the same read models the
 * pages show: the content changes only with a deployment. The documents are read while
 * the portal starts; the index is built from them on a thread of its own, beside the rest
 * of the start-up, and the portal is ready (its health answers UP) only once it is built.
 */
@Service
public class SearchService {

	/** Longer queries are refused. */
	public static final int MAX_QUERY_LENGTH = 200;

	private final CompletableFuture<SearchIndex> index;

	SearchService(RoleService roles, SkillService skills, CertificationService certifications, FlagshipJourney journey,
			RoadmapService roadmaps, IndustryService industries, EducationService education, MessageSource messages) {
		List<SearchDocument> documents = new ArrayList<>();
		roles.index()
			.forEach((group) -> group.roles()
				.forEach((role) -> documents
					.add(new SearchDocument(SearchKind.ROLE, role.title(), role.summary(), "/roles/" + role.slug()))));
		skills.index()
			.forEach((group) -> group.skills()
				.forEach((skill) -> documents.add(new SearchDocument(SearchKind.SKILL, skill.name(),
						skill.description(), "/skills/" + skill.slug()))));
		certifications.all()
			.forEach((certification) -> documents.add(new SearchDocument(SearchKind.CERTIFICATION, certification.name(),
					certification.description(), "/certifications/" + certification.slug())));
		Flagship flagship = journey.flagship();
		roadmaps.roadmap(flagship.roadmapSlug())
			.ifPresent(
					(roadmap) -> roadmap.steps()
						.forEach((step) -> documents.add(new SearchDocument(SearchKind.STEP,
								message(messages, "step.link", step.number(), step.title()),
								String.join("\n", step.summary(), step.why(), texts(step.outcomes())),
								"/roadmaps/" + roadmap.slug() + "/steps/" + step.number()))));
		industries.industries()
			.forEach((industry) -> documents.add(new SearchDocument(SearchKind.INDUSTRY, industry.name(),
					texts(industry.useCases()), flagship.rolePath() + "#industries")));
		addPaths(documents, education.paths(), messages);
		this.index = CompletableFuture.supplyAsync(() -> new SearchIndex(documents), (build) -> {
			Thread builder = new Thread(build, "search-index");
			builder.setDaemon(true);
			builder.start();
		});
	}

	/**
	 * Waits for the index before the portal declares itself ready; if it could not be
	 * built, the start fails as it would have without the thread.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void awaitIndex() {
		index();
	}

	/** The results for a query of at most {@link #MAX_QUERY_LENGTH} characters. */
	public SearchResults search(String query) {
		if (isTooLong(query)) {
			throw new IllegalArgumentException("Query longer than " + MAX_QUERY_LENGTH + " characters");
		}
		return index().search(query);
	}

	private SearchIndex index() {
		try {
			return this.index.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException failure) ? failure : ex;
		}
	}

	public static boolean isTooLong(String query) {
		return query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH;
	}

	private static void addPaths(List<SearchDocument> documents, PathsPage paths, MessageSource messages) {
		paths.paths().forEach((path) -> {
			String region = message(messages, "region." + path.region().code());
			String text = String.join("\n",
					path.stages().stream().map(PathStage::name).collect(Collectors.joining(", ")),
					String.join(", ", path.employers()),
					path.exams().stream().map((exam) -> exam.name()).collect(Collectors.joining(", ")), path.caution());
			documents.add(new SearchDocument(SearchKind.PATH, message(messages, "search.path.title", region), text,
					"/paths#" + path.region().code()));
		});
		paths.alternatives()
			.forEach((pathway) -> documents
				.add(new SearchDocument(SearchKind.PATH, pathway.name(), pathway.text(), "/paths#alternatives")));
		paths.timeline()
			.forEach((stage) -> documents
				.add(new SearchDocument(SearchKind.PATH, stage.name(), stage.text(), "/paths#timeline")));
	}

	private static String texts(List<SourcedText> texts) {
		return texts.stream().map(SourcedText::text).collect(Collectors.joining("\n"));
	}

	private static String message(MessageSource messages, String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
