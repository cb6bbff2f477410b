package dev.mlcareers.portal.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * Every feature's Spring Data JPA repositories, with the plain query enhancer for the
 * queries they declare. Spring Data reads each {@code @Query} with an enhancer, to derive
 * count queries and apply a {@code Sort} or {@code Pageable}; for JPQL its default is a
 * full HQL grammar (ANTLR) whose first use cost about a second of every start. No
 * repository here pages or sorts a declared query, and Hibernate still parses and checks
 * each query itself. Repository tests that run declared JPQL import this configuration,
 * so that they run the queries as the portal does.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "dev.mlcareers.portal",
		queryEnhancerSelector = RepositoriesConfig.PlainQueryEnhancer.class)
public class RepositoriesConfig {

	/** The regular-expression enhancer for native and JPQL queries alike. */
	static class PlainQueryEnhancer implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
