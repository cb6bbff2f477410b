package dev.mlcareers.portal.roadmap;

import java.util.Map;

import dev.mlcareers.portal.rolecatalog.RoleDirectory;
import dev.mlcareers.portal.system.LayoutModel;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@link Flagship}, read from the content once, when the portal starts (content
 * changes only through migrations, which run before that), and kept for its lifetime: the
 * layout's links to it need no database, so even a page about a database outage has them.
 * Every page finds it in its model as {@value Flagship#MODEL_ATTRIBUTE}.
 */
@Component
public class FlagshipJourney implements LayoutModel {

	private final RoleDirectory roles;

	private final RoadmapRepository roadmaps;

	private volatile Flagship flagship;

	FlagshipJourney(RoleDirectory roles, RoadmapRepository roadmaps) {
		this.roles = roles;
		this.roadmaps = roadmaps;
	}

	/** The flagship role and its roadmap. */
	public Flagship flagship() {
		Flagship known = this.flagship;
		if (known == null) {
			known = read();
			this.flagship = known;
		}
		return known;
	}

	@Override
	public Map<String, Object> attributes() {
		return Map.of(Flagship.MODEL_ATTRIBUTE, flagship());
	}

	/**
	 * Reads it before the portal says it is ready, so that no page waits for it and a
	 * portal whose content has no flagship, or a flagship without a roadmap, does not
	 * start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void readAtStart() {
		flagship();
	}

	private Flagship read() {
		var role = this.roles.flagship();
		return this.roadmaps.findFirstByRoleSlugOrderBySlug(role.slug())
			.map((roadmap) -> new Flagship(role, roadmap.getSlug()))
			.orElseThrow(() -> new IllegalStateException("The flagship role " + role.slug() + " has no roadmap"));
	}

}
