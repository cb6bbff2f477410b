package dev.mlcareers.portal.changes;

import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/** The record of content versions is a public page like the content itself. */
@Component
class ChangesPages implements PublicPages {

	@Override
	public List<String> paths() {
		return List.of(ContentHistory.PATH);
	}

}
