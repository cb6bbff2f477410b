package dev.mlcareers.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read model: built from the content in one read-only transaction (every query it makes
 * sees the same content, on one connection) and kept in the named cache, since the
 * content changes only with a deployment. The cache is consulted first, so a read model
 * already kept needs no connection, and is served while the database is away.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Cacheable
@Transactional(readOnly = true)
public @interface ReadModel {

	/** The cache that keeps it. */
	@AliasFor(annotation = Cacheable.class, attribute = "cacheNames")
	String value();

}
