package dev.mlcareers.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features as modules: each top-level package is one, its public API the types at its
 * root; no module reaches into another's internals and no two depend on each other, even
 * through a third.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

	@Test
	void theModulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
		MODULES.verify();
	}

	/**
	 * The module diagram under {@code docs/modules}, which the README links to, is the
	 * one the code makes: a change of the modules' dependencies fails here until the
	 * diagram written to {@code target/spring-modulith-docs} is copied over it.
	 */
	@Test
	void theCommittedModuleDiagramIsTheCurrentOne() throws IOException {
		String generated = "target/spring-modulith-docs";
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated)).writeModulesAsPlantUml();
		Path diagram = Path.of(generated, "components.puml");
		// The same lines: their order follows the order the classes were found in.
		assertThat(Files.readAllLines(Path.of("docs/modules/components.puml")))
			.as("docs/modules/components.puml is not the current diagram: copy %s over it", diagram)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(diagram));
	}

}
