package dev.mlcareers.portal.role;

import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.shared.CitationFormat;
import dev.mlcareers.portal.shared.IndexPages;
import dev.mlcareers.portal.shared.Slugs;
import dev.mlcareers.portal.shared.StructuredData;
import dev.mlcareers.portal.roadmap.ProgressService;
import dev.mlcareers.portal.roadmap.SkillHoldings;
import dev.mlcareers.portal.roadmap.SkillMarks;
import dev.mlcareers.portal.roadmap.VisitorCookie;
import dev.mlcareers.portal.roadmap.VisitorToken;
import dev.mlcareers.portal.system.PersonalPage;
import dev.mlcareers.portal.system.SharedPage;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoleController {

	private final RoleService roles;

	private final RoleDirectory directory;

	private final ProgressService progress;

	private final RoleStructuredData structuredData;

	private final IndexPages indexPages;

	private final RoleCitation citation;

	RoleController(RoleService roles, RoleDirectory directory, ProgressService progress,
			RoleStructuredData structuredData, IndexPages indexPages, RoleCitation citation) {
		this.citation = citation;
		this.indexPages = indexPages;
		this.structuredData = structuredData;
		this.roles = roles;
		this.directory = directory;
		this.progress = progress;
	}

	@GetMapping("/roles")
	@SharedPage
	String index(Model model) {
		List<TrackGroup> tracks = this.roles.index();
		model.addAttribute("tracks", tracks);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE,
				this.indexPages.structuredData("roles.heading", "/roles",
						tracks.stream()
							.flatMap((track) -> track.roles().stream())
							.map((role) -> new StructuredData.Link(role.title(), "/roles/" + role.slug()))
							.toList()));
		return "role/roles";
	}

	/**
	 * A role's page; for a visitor who saved skills or marked steps done, its skills say
	 * which they have.
	 */
	@GetMapping("/roles/{slug}")
	@PersonalPage
	String role(@PathVariable String slug, @CookieValue(name = VisitorCookie.NAME, required = false) String cookie,
			HttpServletResponse response, Model model) {
		RolePage page = Slugs.lookup("role", slug, this.roles::page);
		model.addAttribute("page", page);
		model.addAttribute(StructuredData.MODEL_ATTRIBUTE, StructuredData.of(this.structuredData.of(page)));
		model.addAttribute("citation", this.citation.view(page));
		SkillMarks.addTo(model, page.qualifications().skills().isEmpty() ? Optional.of(SkillHoldings.none())
				: this.progress.skillsIfReadable(VisitorToken.parse(cookie)), response);
		model.addAttribute("otherRoles",
				this.directory.all()
					.stream()
					.filter((other) -> !other.slug().equals(page.overview().role().slug()))
					.toList());
		return "role/role";
	}

	/**
	 * The role page's citation as a download: {@code txt}, {@code bib} or {@code ris}.
	 * Never kept anywhere: it carries the day it was asked for.
	 */
	@GetMapping("/roles/{slug}/cite.{format}")
	ResponseEntity<String> cite(@PathVariable String slug, @PathVariable String format) {
		CitationFormat chosen = CitationFormat.requested(format);
		return this.citation.download(Slugs.lookup("role", slug, this.roles::page), chosen);
	}

}
