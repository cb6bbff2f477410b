package dev.mlcareers.portal.changes;

import java.util.List;

import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.stereotype.Service;

/** The content versions, read once: they change only with a migration. */
@Service
class ContentVersionCatalog {

	private final ContentVersionRepository versions;

	ContentVersionCatalog(ContentVersionRepository versions) {
		this.versions = versions;
	}

	/** Every content version, newest first. */
	@ReadModel("content-versions")
	public List<ContentVersionView> newestFirst() {
		return this.versions.findAllNewestFirst()
			.stream()
			.map((version) -> new ContentVersionView(version.getVersion(), version.getReleasedOn(),
					version.getSummary(),
					version.getPages()
						.stream()
						.map((page) -> new ChangedPage(page.getPage(), page.getLabel()))
						.toList()))
			.toList();
	}

}
