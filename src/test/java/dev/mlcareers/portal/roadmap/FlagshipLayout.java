package dev.mlcareers.portal.roadmap;

import java.util.Map;

import dev.mlcareers.portal.rolecatalog.RoleRef;
import dev.mlcareers.portal.system.LayoutModel;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For web slices, which have no database: the layout's links to the flagship journey, as
 * the content has them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlagshipLayout {

	public static final Flagship FLAGSHIP = new Flagship(
			new RoleRef("machine-learning-engineer", "Machine Learning Engineer", 2, true),
			"machine-learning-engineer");

	@Bean
	LayoutModel flagshipLayout() {
		return () -> Map.of(Flagship.MODEL_ATTRIBUTE, FLAGSHIP);
	}

}
