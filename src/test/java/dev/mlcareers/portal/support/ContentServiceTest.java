package dev.mlcareers.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mlcareers.portal.roadmap.FlagshipJourney;
import dev.mlcareers.portal.roadmap.StepTopicNames;
import dev.mlcareers.portal.search.SearchService;
import dev.mlcareers.portal.source.SourceContributions;
import dev.mlcareers.portal.system.ClockConfig;
import dev.mlcareers.portal.system.DatabaseBulkhead;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.stereotype.Service;

/**
 * A JPA slice on the real Flyway-seeded store with the read-model services on top (and
 * the role feature's package-private fact reader), but no web layer and no caching. The
 * search service, which indexes everything at start-up, is left out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(
		includeFilters = { @Filter(Service.class),
				@Filter(type = FilterType.REGEX, pattern = "dev\\.mlcareers\\.portal\\.role\\.RoleFacts"),
				@Filter(type = FilterType.ASSIGNABLE_TYPE,
						classes = { DatabaseBulkhead.class, SourceContributions.class, StepTopicNames.class,
								FlagshipJourney.class, ClockConfig.class }) },
		excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SearchService.class))
public @interface ContentServiceTest {

}
