package dev.mlcareers.portal.system;

import dev.mlcareers.portal.shared.ReadModel;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;

/**
 * Read models are cached: the content changes only with a deployment. On its own
 * configuration class, not the application class, so that test slices do not pick it up.
 * The cache comes before the transaction a {@link ReadModel read model} is built in, so
 * that a kept one is served without a connection, while the database is away too.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class CacheConfig {

}
