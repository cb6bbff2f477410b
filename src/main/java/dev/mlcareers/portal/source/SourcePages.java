package dev.mlcareers.portal.source;

import java.util.List;

import dev.mlcareers.portal.shared.PublicPages;

import org.springframework.stereotype.Component;

/** The five source documents and what each contributed. */
@Component
class SourcePages implements PublicPages {

	@Override
	public List<String> paths() {
		return List.of("/sources");
	}

}
