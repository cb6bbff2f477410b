package dev.mlcareers.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that starts the whole application itself, as {@code java -jar} does (see
 * {@link Applications}): on a database of its own, with a profile or logging of its own,
 * or more than once. Like an {@link ApplicationTest}, Failsafe runs it in
 * {@code ./mvnw verify} and the fast {@code ./mvnw test} leaves it out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(ApplicationTest.TAG)
public @interface OwnApplicationTest {

}
