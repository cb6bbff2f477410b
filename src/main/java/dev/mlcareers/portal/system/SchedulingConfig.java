package dev.mlcareers.portal.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the jobs features declare with {@code @Scheduled} (the roadmap's retention of
 * visitors' progress), on Boot's scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
