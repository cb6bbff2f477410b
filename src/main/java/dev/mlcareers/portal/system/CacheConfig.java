package dev.mlcareers.portal.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Read models are cached: the content changes only with a deployment. On its own
 * configuration class, not the application class, so that test slices do not pick it up.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfig {

}
