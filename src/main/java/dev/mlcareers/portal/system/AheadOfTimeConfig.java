package dev.mlcareers.portal.system;

import org.springframework.aot.AotDetector;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Started from the bean definitions made at build time
 * ({@code -Dspring.aot.enabled=true}, as the {@code Dockerfile} starts the portal), which
 * beans exist was settled when the jar was built, without a profile. Profiles that only
 * set properties ({@code postgres}, {@code benchmark}) work as in a plain start; the
 * profile {@code prometheus} adds the registry and the endpoint, which such a start would
 * silently lack, so it is refused with the way out.
 */
@Configuration(proxyBeanMethods = false)
class AheadOfTimeConfig {

	/** The profile whose beans a start from build-time bean definitions cannot add. */
	static final String BEAN_PROFILE = "prometheus";

	AheadOfTimeConfig(Environment environment) {
		check(AotDetector.useGeneratedArtifacts(), environment);
	}

	static void check(boolean aheadOfTime, Environment environment) {
		if (aheadOfTime && environment.matchesProfiles(BEAN_PROFILE)) {
			throw new IllegalStateException("The profile '" + BEAN_PROFILE
					+ "' adds beans, and this start uses the bean definitions made when the jar was built "
					+ "(spring.aot.enabled=true), which have none of them. Start without ahead-of-time "
					+ "processing for this profile: -Dspring.aot.enabled=false (in JAVA_TOOL_OPTIONS for the image).");
		}
	}

}
