package dev.mlcareers.portal.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mlcareers.portal.api.RoleComparisonResources.RoleComparisonResource;
import dev.mlcareers.portal.role.RoleComparisonService;
import dev.mlcareers.portal.api.SkillCheckResources.SkillCheckResource;
import dev.mlcareers.portal.roadmap.SkillHoldings;
import dev.mlcareers.portal.skill.SkillCheckService;
import dev.mlcareers.portal.api.CertificationResources.Certification;
import dev.mlcareers.portal.api.CertificationResources.CertificationList;
import dev.mlcareers.portal.api.PathResources.Paths;
import dev.mlcareers.portal.api.RoadmapResources.Roadmap;
import dev.mlcareers.portal.api.RoleResources.RoleDetail;
import dev.mlcareers.portal.api.RoleResources.RoleList;
import dev.mlcareers.portal.api.SalaryResources.SalaryComparisonResource;
import dev.mlcareers.portal.api.SkillResources.SkillDetail;
import dev.mlcareers.portal.api.SkillResources.SkillList;
import dev.mlcareers.portal.api.SourceResources.SourceList;
import dev.mlcareers.portal.certification.CertificationService;
import dev.mlcareers.portal.education.EducationService;
import dev.mlcareers.portal.roadmap.RoadmapService;
import dev.mlcareers.portal.role.RoleService;
import dev.mlcareers.portal.salary.SalaryService;
import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.skill.SkillService;
import dev.mlcareers.portal.source.SourceService;
import dev.mlcareers.portal.system.PageAddress;
import dev.mlcareers.portal.system.SharedPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The content as open data. Each endpoint reads the service its page reads and maps the
 * read model to the API's own records. Responses change only with a deployment: they may
 * be cached by browsers and CDNs, and carry a strong ETag (the page cache keeps them like
 * pages).
 */
@RestController
@SharedPage
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "content", description = "Roles, skills, certifications, salaries, the roadmap and their sources")
class OpenDataController {

	/**
	 * Browsers keep a response five minutes, shared caches an hour; both revalidate by
	 * ETag.
	 */
	static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5))
		.sMaxAge(Duration.ofHours(1))
		.cachePublic();

	private final RoleService roles;

	private final SkillService skills;

	private final CertificationService certifications;

	private final SalaryService salaries;

	private final RoadmapService roadmaps;

	private final EducationService education;

	private final SourceService sources;

	private final SkillCheckService checks;

	private final RoleComparisonService comparisons;

	OpenDataController(RoleService roles, SkillService skills, CertificationService certifications,
			SalaryService salaries, RoadmapService roadmaps, EducationService education, SourceService sources,
			SkillCheckService checks, RoleComparisonService comparisons) {
		this.checks = checks;
		this.comparisons = comparisons;
		this.roles = roles;
		this.skills = skills;
		this.certifications = certifications;
		this.salaries = salaries;
		this.roadmaps = roadmaps;
		this.education = education;
		this.sources = sources;
	}

	@GetMapping("/roles")
	@Operation(summary = "Every role", description = "In ladder order within each track, with pay per region.")
	ResponseEntity<RoleList> roles() {
		return cached(RoleResources.list(this.roles.index()));
	}

	@GetMapping("/roles/compare")
	@Operation(summary = "Roles side by side",
			description = "The same comparison, with the same rules, as the /roles/compare page: two or three "
					+ "roles, each once, in the catalogue's order, each with everything /api/v1/roles/{slug} gives "
					+ "and its pay as /api/v1/salaries gives it on the basis asked for. An empty value is ignored; "
					+ "an unknown or repeated role, more than three, or an unknown basis is refused.")
	@Parameter(name = RoleComparisonService.PARAMETER, in = ParameterIn.QUERY,
			description = "A role's slug, repeatable, two or three of them",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "basis", in = ParameterIn.QUERY,
			description = "local (as the documents give it), market or ppp, as for /api/v1/salaries; local if absent",
			schema = @Schema(type = "string"))
	ResponseEntity<RoleComparisonResource> compareRoles(
			@Parameter(hidden = true) @RequestParam(name = RoleComparisonService.PARAMETER,
					required = false) List<String> roles,
			@Parameter(hidden = true) @RequestParam(name = "basis", required = false) List<String> basis,
			@Parameter(hidden = true) HttpServletRequest request) {
		RoleComparisonService.Asked asked = this.comparisons.parse(roles, basis);
		PageAddress.declareQuery(request, asked.canonicalQuery());
		return compareRoles(asked);
	}

	/**
	 * The comparison asked for (already parsed), as
	 * {@link #compareRoles(List, List, HttpServletRequest)} answers it.
	 */
	ResponseEntity<RoleComparisonResource> compareRoles(RoleComparisonService.Asked asked) {
		return cached(RoleComparisonResources.comparison(this.comparisons.compare(asked), asked.basis()));
	}

	@GetMapping("/roles/{slug}")
	@Operation(summary = "One role in full", description = "Everything the role's page shows.")
	ResponseEntity<RoleDetail> role(@PathVariable String slug) {
		return cached(RoleResources.detail(Slugs.lookup("role", slug, this.roles::page)));
	}

	@GetMapping("/skills")
	@Operation(summary = "Every skill and tool", description = "Grouped by category, alphabetical within one.")
	ResponseEntity<SkillList> skills() {
		return cached(SkillResources.list(this.skills.index()));
	}

	@GetMapping("/skills/check")
	@Operation(summary = "Check skills against what the documents ask of each role",
			description = "The same check, with the same rules, as the /skills/check page for the skills in the "
					+ "address: per document and over all of them, how many of the skills listed for the role are "
					+ "among them, and the missing ones, most-asked first, with the roadmap steps that teach them. "
					+ "An empty value is ignored and a skill given twice counts once; an unknown skill, or more "
					+ "values than there are skills, is refused. Never includes anyone's saved skills.")
	@Parameter(name = SkillCheckService.PARAMETER, in = ParameterIn.QUERY,
			description = "A skill's slug, repeatable; none asks what each role's lists hold",
			array = @ArraySchema(schema = @Schema(type = "string")))
	ResponseEntity<SkillCheckResource> skillCheck(
			@Parameter(hidden = true) @RequestParam(name = SkillCheckService.PARAMETER,
					required = false) List<String> have,
			@Parameter(hidden = true) HttpServletRequest request) {
		Set<String> skills = this.checks.parse(have);
		PageAddress.declareQuery(request, this.checks.canonicalQuery(skills));
		return skillCheck(skills);
	}

	/** The check of these skills (already parsed), as {@link #skillCheck} answers it. */
	ResponseEntity<SkillCheckResource> skillCheck(Set<String> skills) {
		return cached(SkillCheckResources.check(skills, this.checks.check(new SkillHoldings(skills, Map.of()))));
	}

	@GetMapping("/skills/{slug}")
	@Operation(summary = "One skill or tool in full")
	ResponseEntity<SkillDetail> skill(@Parameter(example = "python") @PathVariable String slug) {
		return cached(SkillResources.detail(Slugs.lookup("skill", slug, this.skills::page)));
	}

	@GetMapping("/certifications")
	@Operation(summary = "Every certification", description = "In the order the documents list them.")
	ResponseEntity<CertificationList> certifications() {
		return cached(CertificationResources.list(this.certifications.all()));
	}

	@GetMapping("/certifications/{slug}")
	@Operation(summary = "One certification")
	ResponseEntity<Certification> certification(
			@Parameter(example = "google-professional-machine-learning-engineer") @PathVariable String slug) {
		return cached(CertificationResources.detail(Slugs.lookup("certification", slug, this.certifications::find)));
	}

	@GetMapping("/salaries")
	@Operation(summary = "Compare pay across regions and levels",
			description = "The same comparison, with the same parameters and rules, as the /salaries page. An empty "
					+ "value counts as absent and a value given twice counts once; two different values for role, "
					+ "basis or level are refused; unknown parameters are ignored.")
	@Parameter(name = "role", in = ParameterIn.QUERY, description = "Role slug; the flagship role if absent",
			schema = @Schema(type = "string"))
	@Parameter(name = "regions", in = ParameterIn.QUERY, description = "Regions to compare, repeatable; all if absent",
			array = @ArraySchema(schema = @Schema(type = "string")))
	@Parameter(name = "basis", in = ParameterIn.QUERY,
			description = "local (as the documents give it), market (US dollars at the market rate) or ppp "
					+ "(international dollars at purchasing-power parity); local if absent",
			schema = @Schema(type = "string"), example = "ppp")
	@Parameter(name = "level", in = ParameterIn.QUERY, description = "Career stage; every stage if absent",
			schema = @Schema(type = "string"))
	ResponseEntity<SalaryComparisonResource> salaries(
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) HttpServletRequest request) {
		PageAddress.declareQuery(request, this.salaries.canonicalQuery(this.salaries.parse(parameters)));
		return salaries(parameters);
	}

	/**
	 * The comparison the parameters ask for, as
	 * {@link #salaries(MultiValueMap, HttpServletRequest)} answers it.
	 */
	ResponseEntity<SalaryComparisonResource> salaries(MultiValueMap<String, String> parameters) {
		return cached(SalaryResources.comparison(this.salaries.compare(this.salaries.parse(parameters))));
	}

	@GetMapping("/roadmaps/{slug}")
	@Operation(summary = "A roadmap and its steps",
			description = "The steps in order, each with its outcomes, skills, certifications, roles and the "
					+ "documents' steps it merges. A visitor's progress is private and not included.")
	ResponseEntity<Roadmap> roadmap(@PathVariable String slug) {
		return cached(RoadmapResources.roadmap(Slugs.lookup("roadmap", slug, this.roadmaps::roadmap)));
	}

	@GetMapping("/paths")
	@Operation(summary = "Education paths",
			description = "Routes into the career in India, the United States and Europe, the education timeline, "
					+ "and routes without a degree: the content of the /paths page.")
	ResponseEntity<Paths> paths() {
		return cached(PathResources.paths(this.education.paths()));
	}

	@GetMapping("/sources")
	@Operation(summary = "The source documents", description = "Every fact's source id is one of these.")
	ResponseEntity<SourceList> sources() {
		return cached(SourceResources.list(this.sources.documents()));
	}

	private static <T> ResponseEntity<T> cached(T body) {
		return ResponseEntity.ok().cacheControl(CACHE).body(body);
	}

}
